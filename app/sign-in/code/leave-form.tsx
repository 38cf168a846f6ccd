import { Button } from '../../ui/button';

/**
 * For the code and set-up steps: a way out for someone who is not ready, or is at the wrong account. It
 * ends the half-signed-in session (app/sign-out/route.ts) and goes back to the sign-in page.
 */
export function LeaveSignInForm() {
  return (
    <form method="post" action="/sign-out" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-s">Not your account, or not ready?</h2>
      <Button variant="secondary">Sign out</Button>
    </form>
  );
}
