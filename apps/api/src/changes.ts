// Change notices: after a write commits, one notice per changed case goes out through this small
// interface. In-process now; the wall-screen work fans it out across instances through Redis.
import { EventEmitter } from 'node:events';
import type { CaseEventType } from '@lianxin/domain';

export interface CaseChangeNotice {
  caseId: number;
  code: string;
  event: CaseEventType;
  version: number;
  townshipCode: string;
  villageCode: string;
  at: Date;
}

export interface ChangePublisher {
  publish(notice: CaseChangeNotice): void;
  subscribe(listener: (notice: CaseChangeNotice) => void): () => void;
}

export class InProcessPublisher implements ChangePublisher {
  private readonly emitter = new EventEmitter();

  publish(notice: CaseChangeNotice): void {
    this.emitter.emit('change', notice);
  }

  subscribe(listener: (notice: CaseChangeNotice) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
