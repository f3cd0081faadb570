import { describe, expect, it } from 'vitest';
import { KioskConfigError, parseKioskConfig } from './config.js';

const ROOT = '/srv/tccc';

describe('parseKioskConfig', () => {
  it('defaults to 8080/8443 on every interface with .kiosk in the project root', () => {
    expect(parseKioskConfig([], {}, ROOT, '/elsewhere')).toEqual({
      host: '0.0.0.0',
      port: 8080,
      httpsPort: 8443,
      dataDir: '/srv/tccc/.kiosk',
      build: true,
      projectRoot: ROOT,
      help: false,
    });
  });

  it('reads the environment', () => {
    const config = parseKioskConfig(
      [],
      { PORT: '80', HTTPS_PORT: '443', HOST: '127.0.0.1', KIOSK_DATA_DIR: 'data' },
      ROOT,
      '/cwd',
    );
    expect(config).toMatchObject({ port: 80, httpsPort: 443, host: '127.0.0.1', dataDir: '/cwd/data' });
  });

  it('lets flags win over the environment', () => {
    const config = parseKioskConfig(
      ['--port', '4173', '--https-port=4443', '--host', '::', '--data-dir', '.cache/e2e-kiosk', '--no-build'],
      { PORT: '80', HTTPS_PORT: '443', HOST: '127.0.0.1' },
      ROOT,
      ROOT,
    );
    expect(config).toMatchObject({
      port: 4173,
      httpsPort: 4443,
      host: '::',
      dataDir: '/srv/tccc/.cache/e2e-kiosk',
      build: false,
    });
  });

  it('serves /sync unless told --no-sync', () => {
    expect(parseKioskConfig([], {}, ROOT, ROOT).sync).toBeUndefined();
    expect(parseKioskConfig(['--no-sync'], {}, ROOT, ROOT).sync).toBe(false);
  });

  it('takes a user certificate only as a cert and key pair', () => {
    const config = parseKioskConfig(['--cert', 'tls/kiosk.pem', '--key', 'tls/kiosk.key'], {}, ROOT, '/cwd');
    expect(config.userCertificate).toEqual({ certFile: '/cwd/tls/kiosk.pem', keyFile: '/cwd/tls/kiosk.key' });
    expect(() => parseKioskConfig(['--cert', 'a.pem'], {}, ROOT)).toThrow(KioskConfigError);
    expect(() => parseKioskConfig([], { KIOSK_KEY: 'a.key' }, ROOT)).toThrow(/together/);
  });

  it.each([
    [['--port', 'http'], {}],
    [['--port', '70000'], {}],
    [[], { HTTPS_PORT: '-1' }],
    [['--port', '9000', '--https-port', '9000'], {}],
    [['--bogus'], {}],
  ])('rejects %j %j', (argv, env) => {
    expect(() => parseKioskConfig(argv, env, ROOT)).toThrow(KioskConfigError);
  });

  it('reads an upstream sync server, its token (flag or environment) and its CA', () => {
    const config = parseKioskConfig(
      ['--upstream', 'wss://aid-station:8443/sync', '--upstream-ca', 'ca.crt'],
      { KIOSK_UPSTREAM_TOKEN: 'secret' },
      ROOT,
      '/cwd',
    );
    expect(config.upstream).toEqual({ url: 'wss://aid-station:8443/sync', token: 'secret', caFile: '/cwd/ca.crt' });
    expect(parseKioskConfig([], {}, ROOT).upstream).toBeUndefined();
  });

  it.each([
    [['--upstream', 'https://aid-station/sync'], /ws:\/\/ or wss:\/\//],
    [['--upstream', 'wss://user:secret@aid-station/sync'], /credentials/],
    [['--upstream', 'wss://aid-station/sync?token=secret'], /credentials or a query/],
    [['--upstream-token', 'secret'], /need --upstream/],
  ])('refuses the upstream %j', (argv, message) => {
    expect(() => parseKioskConfig(argv, {}, ROOT)).toThrow(message);
  });
});
