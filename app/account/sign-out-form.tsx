import { SignOutButton } from '../ui/header';

/** Ends the server-side session and returns to the sign-in page (app/sign-out/route.ts): a plain form, no script. */
export function SignOutForm() {
  return (
    <form method="post" action="/sign-out">
      <SignOutButton>Sign out</SignOutButton>
    </form>
  );
}
