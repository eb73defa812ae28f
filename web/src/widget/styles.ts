import { css } from 'lit';

/**
 * Everything in px (the host page may change the root font size) and the host rules marked
 * important: a page's `!important` rules lose to a shadow root's own important :host rules.
 */
export const widgetStyles = css`
  :host {
    all: initial !important;
    display: block !important;
    position: fixed !important;
    inset: auto 16px 16px auto !important;
    z-index: 2147483000 !important;
    contain: style !important;
    visibility: visible !important;
    opacity: 1 !important;
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      Arial,
      sans-serif !important;
    font-size: 14px !important;
    line-height: 20px !important;
    color: #1a1a1a !important;
    text-align: start !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    background: transparent !important;
    overflow: visible !important;
    width: auto !important;
    height: auto !important;
    max-width: none !important;
    max-height: none !important;
  }
  :host([data-position='bottom-left']) {
    inset: auto auto 16px 16px !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .root {
    --mdf-brand: #1f4e79;
    --mdf-on-brand: #ffffff;
    --mdf-text: #1a1a1a;
    --mdf-muted: #525252;
    --mdf-surface: #ffffff;
    --mdf-bubble: #f0f2f4;
    --mdf-border: #8a8f98;
    --mdf-danger: #b3261e;
    --mdf-focus: #1a1a1a;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 12px;
  }
  :host([data-position='bottom-left']) .root {
    align-items: flex-start;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  button {
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--mdf-focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .launcher {
    position: relative;
    width: 56px;
    height: 56px;
    border-radius: 28px;
    border: 2px solid var(--mdf-on-brand);
    background: var(--mdf-brand);
    color: var(--mdf-on-brand);
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 0;
    box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3);
  }
  .launcher:focus-visible {
    outline-color: var(--mdf-brand);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px #ffffff;
  }
  .launcher svg {
    width: 28px;
    height: 28px;
  }
  .badge {
    position: absolute;
    inset-block-start: -4px;
    inset-inline-end: -4px;
    min-width: 22px;
    height: 22px;
    padding: 0 6px;
    border-radius: 11px;
    background: var(--mdf-danger);
    color: #ffffff;
    font-size: 12px;
    line-height: 22px;
    font-weight: 700;
  }

  .panel {
    width: 380px;
    max-width: calc(100vw - 32px);
    height: 600px;
    max-height: calc(100vh - 104px);
    display: flex;
    flex-direction: column;
    background: var(--mdf-surface);
    color: var(--mdf-text);
    border: 1px solid var(--mdf-border);
    border-radius: 12px;
    box-shadow: 0 12px 32px rgba(0, 0, 0, 0.28);
    overflow: hidden;
    contain: layout paint style;
    text-align: start;
  }
  @media (max-width: 480px) {
    /* Full screen: the header's close button takes over, the send button stays reachable. */
    .launcher[aria-expanded='true'] {
      display: none;
    }
    .panel {
      position: fixed;
      inset: 0;
      width: auto;
      max-width: none;
      height: auto;
      max-height: none;
      border-radius: 0;
    }
  }
  .header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding-block: 10px;
    padding-inline: 14px 8px;
    background: var(--mdf-brand);
    color: var(--mdf-on-brand);
    --mdf-focus: var(--mdf-on-brand);
  }
  .header-text {
    flex: 1;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 16px;
    line-height: 22px;
    font-weight: 700;
  }
  .subtitle {
    margin: 0;
    font-size: 12px;
    line-height: 16px;
  }
  .header select {
    max-width: 112px;
    height: 32px;
    padding-inline: 6px;
    border-radius: 6px;
    border: 1px solid var(--mdf-on-brand);
    background: var(--mdf-brand);
    color: var(--mdf-on-brand);
  }
  .icon-button {
    width: 36px;
    height: 36px;
    border-radius: 18px;
    border: 0;
    background: transparent;
    color: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    padding: 0;
    flex: none;
  }
  .icon-button svg {
    width: 20px;
    height: 20px;
  }

  .log {
    flex: 1;
    overflow-y: auto;
    padding: 14px;
    display: flex;
    flex-direction: column;
    gap: 10px;
    overscroll-behavior: contain;
  }
  .message {
    max-width: 88%;
    display: flex;
    flex-direction: column;
    gap: 6px;
    align-self: flex-start;
  }
  .message[data-role='customer'] {
    align-self: flex-end;
    align-items: flex-end;
  }
  .message[data-role='system'] {
    align-self: center;
    max-width: 100%;
  }
  .bubble {
    padding: 8px 12px;
    border-radius: 14px;
    background: var(--mdf-bubble);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .message[data-role='customer'] .bubble {
    background: var(--mdf-brand);
    color: var(--mdf-on-brand);
  }
  .message[data-role='agent'] .bubble {
    background: #fff4d6;
    border: 1px solid #b58a00;
  }
  .message[data-role='system'] .bubble {
    background: transparent;
    color: var(--mdf-muted);
    font-size: 13px;
    text-align: center;
    padding: 2px 8px;
  }
  .author {
    font-size: 12px;
    line-height: 16px;
    color: var(--mdf-muted);
  }
  .delivery {
    display: flex;
    gap: 8px;
    align-items: center;
    font-size: 12px;
    line-height: 16px;
    color: var(--mdf-muted);
  }
  .delivery.failed {
    color: var(--mdf-danger);
  }
  .link-button {
    border: 0;
    background: none;
    padding: 0;
    text-decoration: underline;
    color: var(--mdf-danger);
    font-size: 12px;
  }
  .previews {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .previews img,
  .previews video,
  .chip img,
  .chip video {
    width: 64px;
    height: 64px;
    object-fit: cover;
    border-radius: 6px;
    border: 1px solid var(--mdf-border);
    display: block;
  }

  .replies {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .reply {
    border: 1px solid var(--mdf-brand);
    background: var(--mdf-surface);
    color: var(--mdf-text);
    border-radius: 16px;
    padding: 5px 12px;
    min-height: 32px;
  }
  .reply:hover {
    background: var(--mdf-bubble);
  }

  .cards {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .card {
    border: 1px solid var(--mdf-border);
    border-radius: 10px;
    padding: 10px 12px;
    background: var(--mdf-surface);
  }
  .card h3,
  .card h4 {
    margin: 0 0 4px;
    font-size: 14px;
    line-height: 20px;
    font-weight: 700;
  }
  .card p {
    margin: 2px 0;
  }
  .card ul,
  .card ol {
    margin: 4px 0;
    padding-inline-start: 20px;
  }
  .card dl {
    margin: 4px 0 0;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
  }
  .card dt {
    color: var(--mdf-muted);
  }
  .card dd {
    margin: 0;
  }
  .price {
    font-weight: 700;
    font-size: 15px;
  }
  .promo {
    color: var(--mdf-danger);
  }
  .old-price {
    color: var(--mdf-muted);
    font-weight: 400;
    font-size: 13px;
    margin-inline-start: 6px;
  }
  .stars {
    color: #8a5a00;
    letter-spacing: 1px;
  }
  .muted {
    color: var(--mdf-muted);
    font-size: 13px;
  }
  .ticket-card {
    border-inline-start: 4px solid var(--mdf-brand);
  }
  .secondary {
    margin-top: 6px;
    border: 1px solid var(--mdf-brand);
    background: var(--mdf-surface);
    border-radius: 6px;
    padding: 5px 10px;
  }

  .rating {
    align-self: stretch;
  }
  .stars-row {
    display: flex;
    gap: 4px;
    margin: 6px 0;
  }
  .star {
    width: 40px;
    height: 40px;
    border-radius: 8px;
    border: 1px solid var(--mdf-border);
    background: var(--mdf-surface);
    font-size: 20px;
    line-height: 20px;
    color: #8a5a00;
    padding: 0;
  }
  .star[aria-pressed='true'] {
    background: #fff4d6;
    border-color: #8a5a00;
  }
  .rating textarea {
    width: 100%;
    min-height: 56px;
    border: 1px solid var(--mdf-border);
    border-radius: 6px;
    padding: 6px 8px;
    resize: vertical;
  }
  .primary {
    margin-top: 6px;
    border: 0;
    border-radius: 6px;
    padding: 7px 14px;
    background: var(--mdf-brand);
    color: var(--mdf-on-brand);
    font-weight: 600;
  }
  .primary:focus-visible {
    outline-color: var(--mdf-text);
  }
  .error {
    color: var(--mdf-danger);
    font-size: 13px;
    margin: 4px 0 0;
  }

  .statusbar {
    padding: 4px 14px;
    font-size: 12px;
    line-height: 16px;
    color: var(--mdf-muted);
    min-height: 24px;
  }
  .statusbar.offline {
    color: var(--mdf-danger);
  }
  .dots::after {
    content: '…';
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    padding: 6px 12px 0;
    margin: 0;
    list-style: none;
  }
  .chip {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 4px;
    width: 76px;
    font-size: 11px;
    line-height: 14px;
  }
  .chip .name {
    max-width: 76px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip progress {
    width: 64px;
    height: 6px;
  }
  .chip .remove {
    position: absolute;
    inset-block-start: -8px;
    inset-inline-end: -2px;
    width: 24px;
    height: 24px;
    border-radius: 12px;
    border: 1px solid var(--mdf-border);
    background: var(--mdf-surface);
    padding: 0;
    line-height: 20px;
  }
  .upload-errors {
    padding: 0 12px;
    margin: 0;
    list-style: none;
  }

  .composer {
    display: flex;
    align-items: flex-end;
    gap: 6px;
    padding: 10px 12px 12px;
    border-top: 1px solid var(--mdf-border);
  }
  .composer textarea {
    flex: 1;
    min-height: 40px;
    max-height: 120px;
    resize: none;
    border: 1px solid var(--mdf-border);
    border-radius: 8px;
    padding: 9px 10px;
    line-height: 20px;
    background: var(--mdf-surface);
  }
  .composer .icon-button {
    color: var(--mdf-text);
    border: 1px solid var(--mdf-border);
    width: 40px;
    height: 40px;
    border-radius: 8px;
  }
  .composer .send {
    background: var(--mdf-brand);
    color: var(--mdf-on-brand);
    border-color: var(--mdf-brand);
  }
  .composer .send:focus-visible {
    outline-color: var(--mdf-text);
  }
  [dir='rtl'] .flip {
    transform: scaleX(-1);
  }

  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: mdf-in 160ms ease-out;
    }
    .launcher {
      transition: transform 120ms ease-out;
    }
    .launcher:hover {
      transform: scale(1.05);
    }
  }
  @keyframes mdf-in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
    to {
      opacity: 1;
      transform: none;
    }
  }
`;
