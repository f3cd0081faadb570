/**
 * The kiosk's Devices API as the Devices page calls it (`src/server/device-routes.ts`): it answers only the kiosk's
 * own browser (loopback, plain HTTP), so on any other page each call fails with the server's reason.
 */

import type { PairedDevice } from '../../../sync/paired-device.js';

/** A one-time pairing link and when it stops working (ISO time). */
export interface PairingLink {
  link: string;
  expiresAt: string;
}

async function answered(response: Response): Promise<Response> {
  if (response.ok) return response;
  const reason = (await response.text().catch(() => '')).trim();
  throw new Error(reason || `the kiosk answered ${response.status}`);
}

export async function listDevices(): Promise<PairedDevice[]> {
  const response = await answered(await fetch('/api/devices', { cache: 'no-store' }));
  return ((await response.json()) as { devices: PairedDevice[] }).devices;
}

export async function newPairingLink(): Promise<PairingLink> {
  return (await (await answered(await fetch('/api/pairing-links', { method: 'POST' }))).json()) as PairingLink;
}

export async function revokeDevice(id: string): Promise<void> {
  await answered(await fetch(`/api/devices/${encodeURIComponent(id)}/revoke`, { method: 'POST' }));
}
