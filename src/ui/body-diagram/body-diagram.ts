import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Location, TcccRecord } from '../../tccc/record.js';
import {
  FIGURE_X,
  REGION_AREAS,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  diagramMarks,
  diagramName,
  type DiagramMark,
  type Figure,
} from './body-diagram-layout.js';

/** Fired when the medic taps a region of the diagram, or a mark on it. */
export class RegionSelectEvent extends Event {
  constructor(readonly region: Location) {
    super('region-select', { bubbles: true, composed: true });
  }
}

// One figure's outline in its own 120-unit box: head, neck, torso with shoulders, arms, legs (drawn by us).
const OUTLINE = [
  'M60 5a12 12 0 1 1 0 24a12 12 0 1 1 0-24z', // head
  'M54 29h12v9h-12z', // neck
  'M40 38q-4 0-5 6l1 58h48l1-58q-1-6-5-6z', // torso from shoulders to hips
  'M35 40q-11 2-12 10l-1 40q0 5 3 7l4 3q4-2 3-8l2-38z', // arm on the reader's left
  'M85 40q11 2 12 10l1 40q0 5-3 7l-4 3q-4-2-3-8l-2-38z', // arm on the reader's right
  'M41 104l1 86q0 4 5 4h8q3 0 3-4l2-72h0l2 72q0 4 3 4h8q5 0 5-4l1-86z', // both legs, split at the crotch
];

/**
 * The DD 1380 body diagram drawn from a record: front and back outlines, each injury an ✕ with its type,
 * each tourniquet a band across the limb with its time beside it, other treatments a ring with their short
 * name. With `selectable`, a tap on a region fires a RegionSelectEvent (the Record view filters by it);
 * `selected` outlines that region. Usage: `<body-diagram .record=${record}></body-diagram>`.
 */
@customElement('body-diagram')
export class BodyDiagram extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    .outline {
      fill: #fff;
      stroke: #000;
      stroke-width: 1.2;
      stroke-linejoin: round;
    }
    .figure-caption,
    .caption {
      font:
        700 9px/1 system-ui,
        sans-serif;
      fill: #000;
    }
    .figure-caption {
      font-size: 9px;
      letter-spacing: 0.06em;
    }
    .injury line {
      stroke: #991b1b;
      stroke-width: 2;
      stroke-linecap: round;
    }
    .tourniquet rect {
      fill: #000;
    }
    .treatment circle {
      fill: none;
      stroke: #0b3a75;
      stroke-width: 1.6;
    }
    .hit {
      fill: transparent;
      cursor: pointer;
    }
    .hit.selected {
      fill: rgb(253 230 138 / 0.55);
      stroke: #b45309;
      stroke-width: 1.5;
    }
  `;

  @property({ attribute: false }) record?: TcccRecord;
  /** Regions answer taps (the Record view's filter). */
  @property({ type: Boolean }) selectable = false;
  @property({ attribute: false }) selected?: Location;

  render() {
    const marks = diagramMarks(this.record ?? {});
    return html`<svg
      viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}"
      role="img"
      aria-label=${diagramName(marks)}
      preserveAspectRatio="xMidYMid meet"
    >
      ${(['front', 'back'] as const).map((figure) => this.figure(figure))}
      ${marks.some((m) => m.region === 'other') ? svg`<text class="figure-caption" x="1" y=${REGION_AREAS.front.other!.y - 3}>Other site</text>` : nothing}
      ${this.selectable ? this.hitAreas() : nothing} ${marks.map((m) => this.mark(m))}
    </svg>`;
  }

  private figure(figure: Figure) {
    return svg`<g class="figure" data-figure=${figure} transform="translate(${FIGURE_X[figure]} 0)">
      ${OUTLINE.map((d) => svg`<path class="outline" d=${d}></path>`)}
      <text class="figure-caption" x="60" y=${VIEW_HEIGHT - 4} text-anchor="middle">${figure === 'front' ? 'FRONT' : 'BACK'}</text>
    </g>`;
  }

  private hitAreas() {
    return (['front', 'back'] as const).flatMap((figure) =>
      Object.entries(REGION_AREAS[figure]).map(
        ([
          region,
          b,
        ]) => svg`<rect class="hit ${region === this.selected ? 'selected' : ''}" data-region=${region} data-figure=${figure}
          x=${b.x} y=${b.y} width=${b.w} height=${b.h} @click=${() => this.dispatchEvent(new RegionSelectEvent(region as Location))}></rect>`,
      ),
    );
  }

  private mark(m: DiagramMark) {
    const left = m.captionSide === 'left';
    const captionX = m.band ? (left ? m.band.x - 2 : m.band.x + m.band.w + 2) : left ? m.x - 6 : m.x + 6;
    const caption = svg`<text class="caption" x=${captionX} y=${m.y + 3} text-anchor=${left ? 'end' : 'start'}>${m.caption}</text>`;
    const shape =
      m.kind === 'tourniquet'
        ? svg`<rect x=${m.band!.x} y=${m.band!.y} width=${m.band!.w} height=${m.band!.h}></rect>`
        : m.kind === 'injury'
          ? svg`<line x1=${m.x - 4} y1=${m.y - 4} x2=${m.x + 4} y2=${m.y + 4}></line><line x1=${m.x - 4} y1=${m.y + 4} x2=${m.x + 4} y2=${m.y - 4}></line>`
          : svg`<circle cx=${m.x} cy=${m.y} r="3.5"></circle>`;
    const select = this.selectable ? () => this.dispatchEvent(new RegionSelectEvent(m.region)) : undefined;
    return svg`<g class="mark ${m.kind}" data-kind=${m.kind} data-region=${m.region} data-figure=${m.figure} @click=${select}><title>${m.title}</title>${shape}${caption}</g>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'body-diagram': BodyDiagram;
  }
}
