'use server';

import { changeOrder, createOrder } from '@/lib/orders/register';
import { runAction } from '../../../_lib/server-action';

export async function createOrderAction(raw: unknown) {
  return runAction(raw, createOrder);
}

export async function changeOrderAction(raw: unknown) {
  return runAction(raw, changeOrder);
}
