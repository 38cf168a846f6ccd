'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { SignOutButton } from '../ui/header';

/** Ends the server-side session (next-auth's signOut event) and returns to the sign-in page. */
export function SignOutForm() {
  const [pending, setPending] = useState(false);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        await signOut({ redirect: false });
        // A full page load, so nothing of the signed-in pages stays in the client router's cache.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign('/sign-in?reason=signed-out');
      }}
    >
      <SignOutButton disabled={pending}>Sign out</SignOutButton>
    </form>
  );
}
