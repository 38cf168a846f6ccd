'use client';

import { useRouter } from 'next/navigation';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput } from '../../ui/text-input';
import { setPasswordAction } from './actions';

export function SetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { token, password: '', confirm: '' },
    action: setPasswordAction,
    onSuccess: () => router.push('/sign-in?reason=password-set'),
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <input type="hidden" {...form.register('token')} />
      <TextInput id="password" label="New password" type="password" autoComplete="new-password" hint="At least 12 characters" error={errorOf('password')} {...form.register('password')} />
      <TextInput id="confirm" label="Confirm new password" type="password" autoComplete="new-password" error={errorOf('confirm')} {...form.register('confirm')} />
      <Button disabled={pending}>Set password</Button>
    </form>
  );
}
