/** Everything a CLI command reads from or writes to the outside, so tests can run commands in process. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Asks for a secret without echoing it; undefined when there is no terminal to ask in. */
  askSecret?: (question: string) => Promise<string>;
}

export function terminalIo(): CliIo {
  return {
    out: console.log,
    err: console.error,
    env: process.env,
    askSecret: process.stdin.isTTY ? askHidden : undefined,
  };
}

async function askHidden(question: string): Promise<string> {
  const { default: password } = await import('@inquirer/password');
  return password({ message: question, mask: '•' });
}
