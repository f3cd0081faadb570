import { describe, expect, it } from 'vitest';
import { isWellFormedRange, originForm, plainHttpAnswer, strictTransportSecurityFor } from './http-policy.js';

const OWN = new Set(['192.168.1.20', 'kiosk', 'kiosk.local', 'localhost', '127.0.0.1']);
const authority = (host: string) => `${host}:8443`;

describe('plainHttpAnswer', () => {
  it('redirects a name or address the certificate carries, keeping the path', () => {
    expect(plainHttpAnswer('192.168.1.20', '/record?x=1', OWN, authority)).toEqual({
      kind: 'redirect',
      location: 'https://192.168.1.20:8443/record?x=1',
    });
    expect(plainHttpAnswer('kiosk.local', '/', OWN, authority)).toEqual({
      kind: 'redirect',
      location: 'https://kiosk.local:8443/',
    });
  });
  it('serves loopback and the CA download on HTTP', () => {
    for (const host of ['localhost', '127.0.0.1', '127.0.0.2', '::1', 'app.localhost'])
      expect(plainHttpAnswer(host, '/record', OWN, authority).kind).toBe('serve');
    expect(plainHttpAnswer('evil.com', '/kiosk-ca.crt', OWN, authority).kind).toBe('serve');
  });
  it('refuses any other host, and a missing one', () => {
    for (const host of ['evil.com', 'kiosk.evil.com', '10.0.0.9', ''])
      expect(plainHttpAnswer(host, '/record', OWN, authority)).toEqual({ kind: 'refuse' });
  });
});

describe('strictTransportSecurityFor', () => {
  it('is sent over HTTPS to LAN names only', () => {
    expect(strictTransportSecurityFor(true, '192.168.1.20')).toBe('max-age=31536000');
    expect(strictTransportSecurityFor(true, 'kiosk.local')).toBe('max-age=31536000');
    expect(strictTransportSecurityFor(true, 'localhost')).toBeUndefined();
    expect(strictTransportSecurityFor(false, '192.168.1.20')).toBeUndefined();
  });
});

describe('isWellFormedRange', () => {
  it.each(['bytes=0-99', 'bytes=100-', 'bytes=-500', 'bytes=0-0, 5-9', 'bytes= 1-2'])('acts on %s', (range) =>
    expect(isWellFormedRange(range)).toBe(true),
  );
  it.each(['bytes=abc', 'bytes=200-100', 'items=0-1', 'bytes=', 'bytes=1-2,x', 'bytes=--1', 'bytes=1-2-3'])(
    'ignores %s',
    (range) => expect(isWellFormedRange(range)).toBe(false),
  );
});

describe('originForm', () => {
  it('reads the path and host of an absolute-form target, and leaves origin-form alone', () => {
    expect(originForm('http://192.168.1.20:8080/record?x=1')).toEqual({
      path: '/record?x=1',
      host: '192.168.1.20:8080',
    });
    expect(originForm('HTTP://Evil.com/x')).toEqual({ path: '/x', host: 'evil.com' });
    expect(originForm('/record')).toBeUndefined();
    expect(originForm('//evil.com/x')).toBeUndefined();
  });
});
