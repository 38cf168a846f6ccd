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
-- How alike two names are, from 0 to 1: letters in common (trigrams), small spelling slips
-- (edit distance of 2 or less counts as 0.8) and the same sound word by word (0.85).
CREATE FUNCTION marac_name_likeness(a text, b text) RETURNS real
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN marac_name_key(a) = '' OR marac_name_key(b) = '' THEN 0::real
    WHEN marac_name_key(a) = marac_name_key(b) THEN 1::real
    ELSE greatest(
      similarity(marac_name_key(a), marac_name_key(b)),
      CASE WHEN levenshtein(marac_name_key(a), marac_name_key(b)) <= 2 THEN 0.8 ELSE 0 END,
      CASE WHEN marac_name_sound(a) <> '' AND marac_name_sound(a) = marac_name_sound(b) THEN 0.85 ELSE 0 END
    )::real
  END
$$;
