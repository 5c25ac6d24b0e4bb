/**
 * A short scan of text made from the catalog and the vocabulary, before the first real input.
 * V8 optimises the hot loop with the type feedback it has seen; a branch it has not seen yet (a
 * chunk boundary, a CJK cue, a camelCase cue) de-optimises it later and the first megabytes of a
 * big log then run several times slower. Feeding every branch once up front, in small chunks,
 * costs a few milliseconds and makes the first compilation the lasting one.
 */
import type { Entry } from '../catalog/schema.js';
import { readContextWords } from './knowledge.js';

/** Log-like lines that reach every path of the tokenizer and the sink, built from the catalog. */
export function warmUpText(entries: readonly Entry[]): string {
  const v = readContextWords();
  const cues = [...v.cues.strong, ...v.cues.weak];
  const decoys = Object.values(v.decoys.before).flat();
  const markers = v.markers.flatMap((m) => m.words);
  const units = Object.values(v.decoys.units).flat();
  const lines: string[] = [];
  const step = Math.max(1, Math.floor(entries.length / 24));
  for (let i = 0; i < entries.length; i += step) {
    const e = entries[i]!;
    const cue = cues[i % cues.length]!;
    const marker = markers[i % markers.length]!;
    const decoy = decoys[i % decoys.length]!;
    const unit = units[i % units.length]!;
    const value = BigInt(e.value);
    lines.push(
      `2024-05-01 10:00:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')} [${marker}] ${cue}: ${e.hex} ${e.name} ${cue}=${e.value} ${decoy} ${e.value} ${e.value}${unit}`,
      `05-01 10:00:00.000  ${1000 + i}  ${2000 + i} I ${marker}: lastError ${e.value} retCode=${e.value} frame_size=${e.value} ${cue} ${value < 0n ? e.value : e.hex.slice(2)} 报${e.value}错误 (${e.value}) [${e.hex}]`,
      `${cue} ${e.hex.toUpperCase().replace('0X', '0x')}\r`,
      `http status ${e.value} curl error ${e.value} 10.0.0.${i % 255} v${i}.${i % 10} /path/${e.value}/x ${i}% ${e.value}/2 ${'x'.repeat(i % 7 === 0 ? 300 : 3)}`,
      `${marker} ${e.value} -> ${e.value}, ${e.value} | 返回${e.value}，${e.value}、${e.value}状态码 端口${e.value} ${e.value}秒 connect failed, error: ${i % 100} ${e.name}`,
      // Numbers of every length a debug log prints (sizes, ids, 20-digit RTCP times, pointers):
      // each length takes its own branch of the number path.
      `0:00:0${i % 10}.${String((i * 7919) % 1e9).padStart(9, '0')} ${1000 + i}   0x5564d7${(0x1000 + i).toString(16)} DEBUG - pts: ${123456789 + i * 7919}, dts: ${12345678 + i * 31}, size: ${100000 + i * 37}, trackId: ${140503815000000 + i}, ntp ${16632942310498116366n + BigInt(i)} ptr 0x${(0x7f0000000000 + i * 4096).toString(16)} seqNums=${i}-${i + 17} ${1000 + i}B`,
    );
  }
  return lines.join('\n') + '\n' + 'status 0x5';
}
