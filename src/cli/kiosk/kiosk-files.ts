/**
 * The files `npm run kiosk:install` puts on a Debian/Ubuntu system with systemd (JetPack is Ubuntu): the kiosk
 * server's system service, the browser launcher and the user service that keeps Chromium full screen on the kiosk's
 * own address. Pure text generation, so a dry run and the unit tests see exactly what a real install writes.
 */
import { KIOSK_FLAGS, WEBGPU_FLAGS, type ChromiumFlag } from '../../engines/chromium-webgpu-flags.js';

/** Where and as whom the kiosk runs; every path absolute on the target system. */
export interface KioskSetup {
  /** The app: a checkout with `dist/` built, or an installed bundle (`build-node/` holds the compiled server). */
  appDir: string;
  /** True when `appDir` holds the compiled server (a bundle); false runs the TypeScript sources through tsx. */
  compiledServer: boolean;
  /** The node binary the service runs. */
  nodePath: string;
  /** The Chromium binary the kiosk session starts. */
  chromiumPath: string;
  /** Ubuntu's snap Chromium, which may not write ~/.local: its profile then lives in ~/snap/chromium/common. */
  snapChromium?: boolean;
  /** System user the server runs as; owns the data directory. */
  serviceUser: string;
  /** Certificates, model mirror (`tls/`, `models/`); kept by uninstall and by updates. */
  dataDir: string;
  port: number;
  httpsPort: number;
}

export const DEFAULT_SETUP: Omit<KioskSetup, 'appDir' | 'compiledServer' | 'nodePath' | 'chromiumPath'> = {
  serviceUser: 'tccc-scribe',
  dataDir: '/var/lib/tccc-scribe',
  port: 8080,
  httpsPort: 8443,
};

export const SERVER_UNIT = '/etc/systemd/system/tccc-scribe.service';
export const BROWSER_UNIT = '/etc/systemd/user/tccc-scribe-browser.service';
export const BROWSER_LAUNCHER = '/usr/local/lib/tccc-scribe/kiosk-browser.sh';

/** One file to install: absolute target path, mode, text. */
export interface KioskFile {
  path: string;
  mode: number;
  content: string;
}

/** Every file the installer writes, in install order. */
export function kioskFiles(setup: KioskSetup): KioskFile[] {
  return [
    { path: SERVER_UNIT, mode: 0o644, content: serverUnit(setup) },
    { path: BROWSER_LAUNCHER, mode: 0o755, content: browserLauncher(setup) },
    { path: BROWSER_UNIT, mode: 0o644, content: browserUnit() },
  ];
}

/** The command the service runs: the compiled server of a bundle, or the sources through tsx in a checkout. */
function serverCommand(setup: Pick<KioskSetup, 'appDir' | 'compiledServer' | 'nodePath'>): string[] {
  return setup.compiledServer
    ? [setup.nodePath, `${setup.appDir}/build-node/cli/start.js`]
    : [setup.nodePath, '--import', 'tsx', `${setup.appDir}/src/cli/start.ts`];
}

function serverUnit(s: KioskSetup): string {
  const exec = [
    ...serverCommand(s),
    '--no-build',
    '--data-dir',
    s.dataDir,
    '--port',
    String(s.port),
    '--https-port',
    String(s.httpsPort),
  ];
  return `# TCCC Scribe kiosk server, written by npm run kiosk:install. Logs: journalctl -u tccc-scribe
[Unit]
Description=TCCC Scribe kiosk server (HTTP for the kiosk's browser, HTTPS for tablets)
After=network.target time-sync.target
Wants=network.target

[Service]
Type=simple
User=${s.serviceUser}
Group=${s.serviceUser}
WorkingDirectory=${s.appDir}
ExecStart=${exec.map(quoteSystemdArg).join(' ')}
# Restart after a crash, not after a clean stop (systemctl stop); wait a little so a crash loop does not spin.
Restart=on-failure
RestartSec=3
# stdout and stderr go to the journal (the one-line doctor summary, addresses, errors).
StandardOutput=journal
StandardError=journal
# The server needs only its data directory writable; everything else read-only.
NoNewPrivileges=true
ProtectSystem=strict
# A checkout under /home must stay readable; nothing there is written.
ProtectHome=${/^\/(home|root)\//.test(s.appDir) ? 'read-only' : 'true'}
PrivateTmp=true
ReadWritePaths=${s.dataDir}
# Private keys in ${s.dataDir}/tls stay readable by this user only.
UMask=0077
${s.port < 1024 || s.httpsPort < 1024 ? 'AmbientCapabilities=CAP_NET_BIND_SERVICE\n' : ''}
[Install]
WantedBy=multi-user.target
`;
}

/** One `set -- "$@" <flag>` line per flag, under a comment saying why (comments cannot sit inside a continued line). */
function flagLines(flags: readonly ChromiumFlag[]): string {
  return flags.map((f) => `# ${f.why}\nset -- "$@" ${shellQuote(f.flag)}`).join('\n');
}

function browserLauncher(s: KioskSetup): string {
  const url = `http://localhost:${s.port}/`;
  return `#!/bin/sh
# Starts Chromium full screen on the TCCC Scribe kiosk, with WebGPU on. Written by npm run kiosk:install;
# run by the user service tccc-scribe-browser (systemd restarts it when Chromium exits or crashes).
set -eu
URL=${shellQuote(url)}
CHROMIUM=${shellQuote(s.chromiumPath)}
# The profile keeps the casualty records (IndexedDB) and the downloaded model: it must persist across reboots.
${s.snapChromium ? 'PROFILE="$HOME/snap/chromium/common/tccc-scribe"' : 'PROFILE="${XDG_DATA_HOME:-$HOME/.local/share}/tccc-scribe/chromium"'}
mkdir -p "$PROFILE"

# Wait (at most 60 s) for the kiosk server, so Chromium never opens on an error page; then let systemd retry.
tries=0
until ${shellQuote(s.nodePath)} -e 'fetch(process.argv[1]).then(() => process.exit(0), () => process.exit(1))' "$URL" 2>/dev/null; do
  tries=$((tries + 1))
  if [ "$tries" -ge 30 ]; then echo "kiosk server not answering at $URL" >&2; exit 1; fi
  sleep 2
done

set -- --user-data-dir="$PROFILE"
${flagLines(WEBGPU_FLAGS)}
${flagLines(KIOSK_FLAGS)}
exec "$CHROMIUM" "$@" "$URL"
`;
}

function browserUnit(): string {
  return `# TCCC Scribe kiosk browser, written by npm run kiosk:install. Runs in the graphical session of the user who
# logs in on the kiosk's screen (set up automatic login for that user). Logs: journalctl --user -u tccc-scribe-browser
[Unit]
Description=TCCC Scribe kiosk browser (Chromium full screen, WebGPU on)
PartOf=graphical-session.target
After=graphical-session.target

[Service]
Type=simple
ExecStart=${BROWSER_LAUNCHER}
# Restart whenever Chromium ends: a crash, a GPU process failure that takes the browser down, or a window closed.
Restart=always
RestartSec=3

[Install]
WantedBy=graphical-session.target
`;
}

/** Quotes one ExecStart argument for systemd (double quotes when it has spaces or quotes). */
function quoteSystemdArg(arg: string): string {
  return /[\s"'\\]/.test(arg) ? `"${arg.replace(/["\\]/g, '\\$&')}"` : arg;
}

/** Quotes one word for POSIX sh. */
function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
