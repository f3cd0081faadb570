import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { onRouteChange } from '../router.js';
import { registerServiceWorker } from '../sw-bridge.js';
import { currentRoute, interceptAppLinks } from './route-location.js';
import { isKioskPage } from '../../app/device-name.js';
import { announceFirstView } from '../first-view.js';
import { railRoutes, type Route } from './routes.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { appStyles } from './app-styles.js';
import './clock-warning.js';
import './engine-status.js';
import './sync-status.js';
import './update-banner.js';

/** The app shell: header with engine status, update banner, navigation, and the active view. */
@customElement('tccc-app')
export class TcccApp extends LitElement {
  static styles = [sharedStyles, appStyles];

  @state() private route: Route = currentRoute();
  @state() private loadError: string | undefined;
  /** Views created so far, by tag; kept alive and hidden when inactive (see the view contract). */
  private readonly views = new Map<string, HTMLElement>();
  /** Each view's scroll position, by tag: all views scroll in the one <main>, so the shell keeps them apart. */
  private readonly scrollTops = new Map<string, number>();
  /** The view on screen, whose position <main>'s scrollTop holds; undefined while an error stands in for it. */
  private shownTag: string | undefined;
  private readonly serviceWorker = registerServiceWorker();
  private readonly cleanups: Array<() => void> = [];
  private firstViewShown = false;

  connectedCallback(): void {
    super.connectedCallback();
    this.cleanups.push(
      onRouteChange(() => void this.show(currentRoute())),
      interceptAppLinks(this),
    );
    void this.show(this.route);
  }

  disconnectedCallback(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    super.disconnectedCallback();
  }

  private async show(route: Route): Promise<void> {
    this.route = route;
    this.loadError = undefined;
    document.title = `${route.label} · TCCC Scribe`;
    if (!this.views.has(route.tag)) {
      try {
        await route.load();
      } catch (error) {
        if (this.route !== route) return;
        this.rememberScroll();
        this.shownTag = undefined;
        this.loadError = `The ${route.label} view could not be loaded (${String(error)}).`;
        void this.updateComplete.then(() => this.announceFirstView());
        return;
      }
      this.views.set(route.tag, document.createElement(route.tag));
    }
    if (this.route !== route) return; // the medic moved on while this view loaded
    this.rememberScroll();
    // <main> holds no view yet on the first one, so it is at its top already; setting scrollTop anyway would force a
    // layout in the middle of the first view's render (its parts still rendering), laid out again for the paint.
    const firstOnScreen = this.shownTag === undefined && !this.firstViewShown;
    for (const [tag, view] of this.views) view.hidden = tag !== route.tag;
    this.shownTag = route.tag;
    this.requestUpdate();
    await this.updateComplete; // a view loaded after an error comes back into <main> on this render
    const main = this.renderRoot.querySelector('main');
    // A view shown for the first time opens at its top.
    if (main && this.shownTag === route.tag && !firstOnScreen) main.scrollTop = this.scrollTops.get(route.tag) ?? 0;
    await (this.views.get(route.tag) as Partial<LitElement> | undefined)?.updateComplete;
    this.announceFirstView();
  }

  private announceFirstView(): void {
    this.firstViewShown = true;
    announceFirstView();
  }

  /** Keeps where the view on screen is scrolled to, before another view takes <main>. */
  private rememberScroll(): void {
    const main = this.renderRoot.querySelector('main');
    if (main && this.shownTag) this.scrollTops.set(this.shownTag, main.scrollTop);
  }

  render() {
    return html`
      <header>
        <p class="brand">TCCC Scribe</p>
        <sync-status></sync-status>
        <engine-status></engine-status>
        <clock-warning></clock-warning>
      </header>
      <update-banner .bridge=${this.serviceWorker}></update-banner>
      <main id="main">
        ${this.loadError ? html`<p class="view-error" role="alert">${this.loadError}</p>` : [...this.views.values()]}
      </main>
      <nav aria-label="Views">
        <ul>
          ${railRoutes(isKioskPage(location)).map(
            (route) =>
              html`<li>
                <a href=${route.path} aria-current=${route === this.route ? 'page' : 'false'}>${route.label}</a>
              </li>`,
          )}
        </ul>
      </nav>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tccc-app': TcccApp;
  }
}
