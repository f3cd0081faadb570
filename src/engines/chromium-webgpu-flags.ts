/**
 * The Chromium command-line flags that turn WebGPU on for an NVIDIA GPU on Linux (the Jetson kiosk), each with why.
 * One list for the kiosk installer's launcher script and for the Model view, which shows the exact command line when
 * WebGPU is off. Sources: the gpuweb "Implementation Status" wiki (Linux is behind a flag: --enable-unsafe-webgpu
 * --ozone-platform=x11 --use-angle=vulkan --enable-features=Vulkan,VulkanFromANGLE) and gpuweb issue #5022 (Chrome
 * 131+ on Ubuntu also needed DefaultANGLEVulkan); Chromium's kiosk switches for the rest.
 */

export interface ChromiumFlag {
  flag: string;
  why: string;
}

/** Flags that make WebGPU come up on Linux with a Vulkan driver (NVIDIA's, on JetPack). */
export const WEBGPU_FLAGS: readonly ChromiumFlag[] = [
  { flag: '--enable-unsafe-webgpu', why: 'WebGPU is off by default in Chromium on Linux; this turns it on.' },
  {
    flag: '--enable-features=Vulkan,VulkanFromANGLE,DefaultANGLEVulkan',
    why: "Dawn (Chromium's WebGPU) runs on Vulkan on Linux; without these the GPU process stays on GL and no adapter is found (gpuweb#5022).",
  },
  { flag: '--use-angle=vulkan', why: "ANGLE on Vulkan, so WebGPU and the page's compositing share one Vulkan device." },
  {
    flag: '--ozone-platform=x11',
    why: "Vulkan presentation in Chromium is tested on X11; JetPack's desktop is X11 (under Wayland, XWayland).",
  },
  {
    flag: '--ignore-gpu-blocklist',
    why: "Tegra (Jetson) GPUs are not on Chromium's allow lists; the blocklist would otherwise turn GPU features off.",
  },
];

/** Flags that make Chromium a kiosk: full screen, no dialogs or bubbles that would need a keyboard and mouse. */
export const KIOSK_FLAGS: readonly ChromiumFlag[] = [
  { flag: '--kiosk', why: 'Full screen with no address bar, tabs or menus; F11 and Esc do not leave it.' },
  { flag: '--noerrdialogs', why: 'No error dialogs a medic would have to dismiss.' },
  {
    flag: '--disable-session-crashed-bubble',
    why: 'After a power cut, no "Restore pages?" bubble over the app (the app restores its own state).',
  },
  { flag: '--no-first-run', why: 'No first-run welcome pages on a fresh profile.' },
  { flag: '--no-default-browser-check', why: 'No "make Chromium the default browser" bar.' },
  { flag: '--disable-features=Translate', why: 'No translate bar offering to translate the app.' },
  { flag: '--password-store=basic', why: 'No keyring unlock prompt in an autologin session.' },
];

/** The command line a person types to start Chromium with WebGPU on, for `url`. */
export function webgpuCommandLine(url: string, browser = 'chromium'): string {
  return [browser, ...WEBGPU_FLAGS.map((f) => f.flag), url].join(' ');
}
