/**
 * ID3v2.3 tags (pure): title, artist, album, year, genre and, per the ID3v2
 * Chapter Frame Addendum, a CTOC table of contents with one CHAP frame per
 * chapter. Text is ISO-8859-1 when it fits, UTF-16 with a BOM otherwise.
 */

export interface Id3Chapter {
  title: string;
  startMs: number;
  endMs: number;
}

export interface Id3Tags {
  title: string;
  artist: string;
  album?: string;
  /** ISO date or year; the year goes into TYER. */
  date?: string;
  genre?: string;
  chapters: Id3Chapter[];
}

function textBytes(text: string, terminate: boolean): Buffer {
  // eslint-disable-next-line no-control-regex
  const latin1 = /^[\u0000-\u00ff]*$/.test(text);
  if (latin1) return Buffer.concat([Buffer.from([0]), Buffer.from(text, 'latin1'), Buffer.alloc(terminate ? 1 : 0)]);
  return Buffer.concat([Buffer.from([1, 0xff, 0xfe]), Buffer.from(text, 'utf16le'), Buffer.alloc(terminate ? 2 : 0)]);
}

function frame(id: string, body: Buffer): Buffer {
  const header = Buffer.alloc(10);
  header.write(id, 0, 'latin1');
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}

const textFrame = (id: string, text: string): Buffer => frame(id, textBytes(text, false));

function syncsafe(n: number): Buffer {
  return Buffer.from([(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f]);
}

export function id3Tag(tags: Id3Tags): Buffer {
  const frames: Buffer[] = [textFrame('TIT2', tags.title), textFrame('TPE1', tags.artist)];
  if (tags.album) frames.push(textFrame('TALB', tags.album));
  const year = tags.date ? /^(\d{4})/.exec(tags.date)?.[1] : undefined;
  if (year) frames.push(textFrame('TYER', year));
  if (tags.genre) frames.push(textFrame('TCON', tags.genre));
  // CTOC holds at most 255 entries.
  const chapters = tags.chapters.slice(0, 255);
  if (chapters.length) {
    const ids = chapters.map((_, i) => `chp${i}`);
    frames.push(
      frame(
        'CTOC',
        Buffer.concat([
          Buffer.from('toc\0', 'latin1'),
          Buffer.from([0x03, ids.length]), // top-level, ordered
          ...ids.map((id) => Buffer.from(`${id}\0`, 'latin1')),
          textFrame('TIT2', 'Chapters'),
        ]),
      ),
    );
    chapters.forEach((c, i) => {
      const times = Buffer.alloc(16);
      times.writeUInt32BE(Math.max(0, Math.round(c.startMs)), 0);
      times.writeUInt32BE(Math.max(0, Math.round(c.endMs)), 4);
      times.writeUInt32BE(0xffffffff, 8); // byte offsets unused
      times.writeUInt32BE(0xffffffff, 12);
      frames.push(frame('CHAP', Buffer.concat([Buffer.from(`${ids[i]}\0`, 'latin1'), times, textFrame('TIT2', c.title)])));
    });
  }
  const body = Buffer.concat([...frames, Buffer.alloc(256)]); // a little padding
  const header = Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([3, 0, 0]), syncsafe(body.length)]);
  return Buffer.concat([header, body]);
}
