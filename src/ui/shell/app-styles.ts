import { css } from 'lit';

/**
 * Shell layout: header on top, the view scrolling in the middle, navigation always on screen.
 * Landscape (the 1024x600 kiosk, tablets on their side) puts the nav in a left rail so the
 * short screen keeps its height for content; portrait puts it in a bottom bar under the thumb.
 */
export const appStyles = css`
  :host {
    display: grid;
    grid-template-areas: 'header' 'banner' 'main' 'nav';
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    height: 100vh;
    height: 100dvh;
    background: var(--canvas);
  }
  header {
    grid-area: header;
    display: flex;
    align-items: center;
    gap: 0.75rem 1.5rem;
    /* 44 px: the engine chip's tap height and no more, so the 600 px kiosk keeps its height for the view. */
    height: 44px;
    /* Never wider than the screen: the sync chip gives way (ellipsis) rather than widen the page. */
    min-width: 0;
    padding: 0 1rem;
    background: var(--header);
    color: var(--on-header);
  }
  .brand {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 700;
    white-space: nowrap;
  }
  sync-status {
    margin-left: auto;
  }
  update-banner {
    grid-area: banner;
  }
  main {
    grid-area: main;
    overflow-y: auto;
    overflow-x: hidden;
    background: var(--surface);
  }
  main:focus {
    outline: none;
  }
  .view-error {
    padding: 1rem 1.25rem;
  }
  nav {
    grid-area: nav;
    background: var(--surface);
    border-top: 2px solid var(--rule);
  }
  ul {
    display: grid;
    /* One row of equal columns, however many views the rail has (Devices shows only on the kiosk). */
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 3.5rem;
    padding: 0.25rem;
    border-top: 4px solid transparent;
    color: var(--ink);
    font-size: 1.0625rem;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    touch-action: manipulation;
  }
  a:hover {
    background: var(--canvas);
  }
  a[aria-current='page'] {
    border-color: var(--accent);
    background: var(--accent);
    color: var(--on-accent);
  }
  a:focus-visible {
    outline-offset: -4px;
  }
  a[aria-current='page']:focus-visible {
    outline-color: var(--notice);
  }
  /* Phones in portrait: seven or eight labels across ~390px would not stay whole words, so two rows of four. */
  @media (max-width: 520px) {
    ul {
      grid-auto-flow: row;
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    a {
      min-height: 3rem;
      padding: 0.25rem 0;
      font-size: 0.9375rem;
    }
    header {
      padding: 0 0.75rem;
    }
  }

  @media (orientation: landscape) and (min-width: 600px) {
    :host {
      grid-template-areas: 'header header' 'banner banner' 'nav main';
      grid-template-columns: 9.5rem minmax(0, 1fr);
      grid-template-rows: auto auto minmax(0, 1fr);
    }
    nav {
      overflow-y: auto;
      border-top: none;
      border-right: 2px solid var(--rule);
    }
    ul {
      grid-auto-flow: row;
      grid-auto-rows: minmax(3.5rem, auto);
    }
    a {
      justify-content: flex-start;
      padding: 0.25rem 1rem;
      border-top: none;
      border-left: 6px solid transparent;
    }
  }
`;
