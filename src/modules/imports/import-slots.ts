import { AppError } from '../../errors.ts';

/** 503 with the seconds to wait before trying again, sent as Retry-After. */
export class ImportsBusy extends AppError {
  readonly retryAfter = 30;

  constructor() {
    super(503, 'busy', 'ระบบกำลังนำเข้าไฟล์อื่นอยู่หลายรายการ กรุณารอประมาณ 30 วินาทีแล้วลองใหม่', 'file');
  }
}

/**
 * How many imports of this server read and save at once (`max`); the next ones wait their turn in order, and past
 * `maxWaiting` waiting they are refused with 503 instead of piling up in memory.
 */
export class ImportSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly max: number,
    readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.max) this.running += 1;
    else if (this.waiting.length >= this.maxWaiting) throw new ImportsBusy();
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so `running` counts it throughout.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

/** Two imports at a time per server on this 2-core target; eight more may wait. */
export const importSlots = new ImportSlots(2, 8);
