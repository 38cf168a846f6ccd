-- Fuzzy matching of people's names, done in the database (used to find earlier cases of the same
-- victim or perpetrator). PGlite loads both extensions when it opens (db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
-- A name reduced to its letters, lower case: "  O'Brien-Smith " -> "obriensmith".
CREATE FUNCTION marac_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(lower(coalesce(name, '')), '[^a-z]', '', 'g')
$$;
--> statement-breakpoint
-- The name's words, each by its Double Metaphone sound, in order: "Jon Smyth" and "John Smith" agree.
CREATE FUNCTION marac_name_sound(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(dmetaphone(word), ' ' ORDER BY n), '')
  FROM regexp_split_to_table(lower(trim(coalesce(name, ''))), '[^a-z]+') WITH ORDINALITY AS w(word, n)
  WHERE word <> ''
$$;
--> statement-breakpoint
-- A name's words, lower case, letters only: "Mary-Jane O'Neill" -> {mary, jane, oneill}.
CREATE FUNCTION marac_name_words(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(regexp_split_to_array(lower(trim(coalesce(name, ''))), '[^a-z]+'), '')
$$;
--> statement-breakpoint
-- How alike two names are, from 0 to 1: letters in common (trigrams), small spelling slips
-- (edit distance of 2 or less counts as 0.8), the same sound word by word (0.85), and a shortened
-- first name with the same surname, as "Beth Marsh" for "Bethany Marsh" (0.75).
CREATE FUNCTION marac_name_likeness(a text, b text) RETURNS real
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN marac_name_key(a) = '' OR marac_name_key(b) = '' THEN 0::real
    WHEN marac_name_key(a) = marac_name_key(b) THEN 1::real
    ELSE greatest(
      similarity(marac_name_key(a), marac_name_key(b)),
      CASE WHEN levenshtein(marac_name_key(a), marac_name_key(b)) <= 2 THEN 0.8 ELSE 0 END,
      CASE WHEN marac_name_sound(a) <> '' AND marac_name_sound(a) = marac_name_sound(b) THEN 0.85 ELSE 0 END,
      CASE WHEN cardinality(marac_name_words(a)) > 1 AND cardinality(marac_name_words(b)) > 1
             AND (marac_name_words(a))[cardinality(marac_name_words(a))] = (marac_name_words(b))[cardinality(marac_name_words(b))]
             AND least(length((marac_name_words(a))[1]), length((marac_name_words(b))[1])) >= 3
             AND (starts_with((marac_name_words(a))[1], (marac_name_words(b))[1]) OR starts_with((marac_name_words(b))[1], (marac_name_words(a))[1]))
           THEN 0.75 ELSE 0 END
    )::real
  END
$$;
