'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { SignOutButton } from './ui/header';

/** Ends the server-side session (next-auth's signOut event) and returns to the sign-in page. */
export function SignOutForm() {
  const [pending, setPending] = useState(false);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        await signOut({ redirect: false });
        window.location.assign('/sign-in?reason=signed-out');
      }}
    >
      <SignOutButton disabled={pending}>Sign out</SignOutButton>
    </form>
  );
}
