/** Large-print styles; a reading system may override them, and that is fine. */
export const STYLESHEET = `body { font-family: "Atkinson Hyperlegible", Tiresias, Verdana, sans-serif; font-size: 1.4em; line-height: 1.5; text-align: left; hyphens: none; -epub-hyphens: none; }
h1, h2, h3, h4, h5, h6 { line-height: 1.3; }
em, i { font-style: normal; font-weight: bold; }
q::before, q::after { content: none; }
.speaker { font-weight: bold; }
p.speaker { margin-bottom: 0.2em; }
blockquote { margin: 0.5em 0 1em 1.5em; padding-left: 0.75em; border-left: 0.3em solid #555; }
figure { margin: 1em 0; }
figcaption .credit { font-size: 0.9em; }
pre { white-space: pre-wrap; }
table { border-collapse: collapse; }
th, td { border: 1px solid #555; padding: 0.25em 0.5em; text-align: left; }
.-epub-media-overlay-active { background-color: #ffef80; color: #000; }
`;
