import { Writable } from 'node:stream';

/** Streams that collect what a command writes, to pass as its `io` in tests. */
export function captureIo(): {
  io: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };
  out: () => string;
  err: () => string;
} {
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
  };
  const stdout = sink();
  const stderr = sink();
  return { io: { stdout: stdout.stream, stderr: stderr.stream }, out: stdout.text, err: stderr.text };
}
