/** A small article with a heading and two quoted speakers, for render tests. */
import { article, heading, paragraph, quote, speaker, text } from '../../narrate/articles.js';
import type { Article } from '../../../src/model/article.js';

export function sampleArticle(secondParagraph = 'The city has been under fire for months. Some 70,000 troops hold the line.'): Article {
  return article(
    [
      paragraph(quote('mod', 'We are holding the trenches near Bakhmut,'), text(' the Ministry of Defense of Ukraine reported.')),
      paragraph(text(secondParagraph)),
      heading('The president speaks'),
      paragraph(text('Zelensky said: '), quote('z', 'No matter who they send, everything will end in defeat for them.')),
    ],
    [
      speaker('mod', 'Ministry of Defense of Ukraine', { kind: 'organisation' }),
      speaker('z', 'Volodymyr Zelensky', { aliases: ['Zelensky'] }),
    ],
  );
}
