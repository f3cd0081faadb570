/**
 * A tablet paired with the kiosk, as the kiosk keeps it (`src/server/pairing.ts`) and as its Devices API lists it to
 * the Devices page (`src/ui/views/devices/devices-api.ts`): one shape for both ends of that API.
 */
export interface PairedDevice {
  id: string;
  name: string;
  /** ISO times. */
  pairedAt: string;
  lastSeen?: string;
  revokedAt?: string;
}
