'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { safeReturnTo } from '@/lib/auth/return-to';
import { useForm } from '../_lib/use-form';
import { Button } from '../ui/button';
import { ErrorSummary } from '../ui/error-summary';
import { TextInput } from '../ui/text-input';

type Values = { email: string; password: string };

// One message for every failure, so it never tells whether an account exists, is disabled, or is being slowed down.
const FAILED =
  'The email address or password is not right, or the account cannot sign in now. Check them and try again. After several failed attempts, signing in from your address is paused for 15 minutes.';

/** The password step (decision 0016): on success, on to the code step, which returns to `returnTo`. */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const form = useForm<Values>({ defaultValues: { email: '', password: '' } });
  const [failed, setFailed] = useState(false);
  const { errors, isSubmitting } = form;

  const submit = form.handleSubmit(async (values) => {
    setFailed(false);
    // Nothing typed is not worth a round trip; everything else is the server's to judge.
    if (!values.email.trim()) form.setError('email', 'Enter your email address');
    if (!values.password) form.setError('password', 'Enter your password');
    if (!values.email.trim() || !values.password) return;
    const to = safeReturnTo(returnTo); // checked on the server already; checked again where it is used
    const result = await signIn('credentials', { ...values, callbackUrl: to, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(`/sign-in/code?${new URLSearchParams({ returnTo: to })}`);
      return;
    }
    form.resetField('password');
    setFailed(true);
  });

  const summary = [
    ...(failed ? [{ href: '#email', text: FAILED }] : []),
    ...(errors.email ? [{ href: '#email', text: errors.email }] : []),
    ...(errors.password ? [{ href: '#password', text: errors.password }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} />
      <TextInput id="email" label="Email address" type="email" autoComplete="username" spellCheck={false} error={errors.email} {...form.register('email')} />
      <TextInput id="password" label="Password" type="password" autoComplete="current-password" error={errors.password} {...form.register('password')} />
      <Button disabled={isSubmitting}>{isSubmitting ? 'Signing in…' : 'Sign in'}</Button>
    </form>
  );
}
