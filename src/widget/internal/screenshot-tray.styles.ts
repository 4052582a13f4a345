import { css } from 'lit';

/** Styles of the screenshot tray (screenshot-tray.ts), adopted into the widget's root when it loads. */
export const screenshotTrayStyles = css`
  .screenshots {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }

  .screenshot-list {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .screenshot-list li {
    display: flex;
    flex-direction: column;
    align-items: center;
  }

  .screenshot-list img {
    width: 72px;
    height: 72px;
    object-fit: cover;
    border: 1px solid var(--_border, #8a8a8a);
    border-radius: 6px;
  }
`;
