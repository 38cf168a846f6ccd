'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { safeReturnTo } from '@/lib/auth/return-to';
import { Button } from '../ui/button';
import { ErrorSummary } from '../ui/error-summary';
import { TextInput } from '../ui/text-input';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email address'),
  password: z.string().min(1, 'Enter your password'),
});
type Values = z.infer<typeof schema>;

// One message for every failure, so it never tells whether an account exists or is locked.
const FAILED =
  'The email address or password is not right, or the account cannot sign in now. Check them and try again. After 5 failed attempts the account is locked for 15 minutes.';

export function SignInForm({ returnTo }: { returnTo: string }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' }, shouldFocusError: false });
  const [failed, setFailed] = useState(false);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailed(false);
    const to = safeReturnTo(returnTo); // checked on the server already; checked again where it is used
    const result = await signIn('credentials', { ...values, callbackUrl: to, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(to);
      return;
    }
    form.resetField('password');
    setFailed(true);
  });

  const summary = [
    ...(failed ? [{ href: '#email', text: FAILED }] : []),
    ...(errors.email ? [{ href: '#email', text: errors.email.message ?? '' }] : []),
    ...(errors.password ? [{ href: '#password', text: errors.password.message ?? '' }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} />
      <TextInput id="email" label="Email address" type="email" autoComplete="username" spellCheck={false} error={errors.email?.message} {...form.register('email')} />
      <TextInput id="password" label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register('password')} />
      <Button disabled={isSubmitting}>{isSubmitting ? 'Signing in…' : 'Sign in'}</Button>
    </form>
  );
}
