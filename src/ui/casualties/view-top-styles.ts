import { css } from 'lit';

/**
 * The first row of the Capture, Record and Reports views: the view's heading beside the casualty
 * bar, so the kiosk's 600 px of height goes to the work, not to chrome.
 */
export const viewTopStyles = css`
  :host {
    padding-top: 0.5rem;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0 1rem;
    margin-bottom: 0.5rem;
  }
  .top h1 {
    margin: 0.625rem 0 0;
  }
  .top casualty-bar {
    /* Beside the heading on the kiosk; on a portrait tablet the bar takes a row of its own. */
    flex: 1 1 36rem;
    margin: 0;
  }
`;
