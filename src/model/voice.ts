/** The gender an espeak voice name gives (`en-us+m3` male, `en-us+f4` female), if any. */
export function voiceGender(voice: string): 'male' | 'female' | undefined {
  const variant = /\+([mf])\d*$/i.exec(voice)?.[1]?.toLowerCase();
  return variant === 'm' ? 'male' : variant === 'f' ? 'female' : undefined;
}
