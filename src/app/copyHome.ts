/**
 * Sending a copy of the plan home, wired to Graph: the renderer is loaded on first use (like
 * "Export .docx"), the file goes to the SEN site's library on the app's Sites.Selected grant, and the
 * mail goes from the person's own mailbox with Mail.Send, asked for only now.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Clock, IepStore } from '../domain';
import { sendMail } from '../graph/mail/sendMail';
import { convertToPdf, uploadToSiteDrive } from '../graph/mail/siteDrive';
import { dateOfBirthOf, loadGroupTargets, type GroupTargetsSource } from './documentInput';
import type { LoadSchoolBranding } from './schoolBranding';
import {
  DOCX_TYPE,
  sendCopyHome,
  type CopyHomeRequest,
  type CopyHomeResult,
  type CopyHomeStep,
} from './usecases/reviews/sendCopyHome';

export interface CopyHomeSender {
  send(request: CopyHomeRequest, onProgress?: (step: CopyHomeStep) => void): Promise<CopyHomeResult>;
}

export interface CopyHomeDeps {
  /** Retries throttled requests: storing and converting are safe to repeat. */
  readonly filesClient: Client;
  /** Never retries: see sendMail. */
  readonly mailClient: Client;
  siteId(): Promise<string>;
  readonly store: IepStore;
  readonly clock: Clock;
  /** The school's name and logo for the page header. */
  readonly school?: LoadSchoolBranding;
  /** The child's group targets, printed in the plan; without it (or unread) the plan has none. */
  readonly provisions?: GroupTargetsSource;
}

export const createCopyHomeSender = (deps: CopyHomeDeps): CopyHomeSender => ({
  send: (request, onProgress) =>
    sendCopyHome(
      {
        renderDocx: async (input) => {
          // The register's date of birth and the school's logo are read while the renderer loads: reads,
          // before anything is stored or sent.
          // A family's copy is not held back for want of the group targets: it goes without that section.
          const [{ exportCopyHomeDocx }, dateOfBirth, school, groups] = await Promise.all([
            import(/* webpackChunkName: "docx" */ '../word/copyHomeDocx'),
            dateOfBirthOf(deps.store, input.agreedPlan),
            deps.school?.(),
            deps.provisions ? loadGroupTargets(deps.provisions, input.agreedPlan) : null,
          ]);
          return exportCopyHomeDocx({
            ...input,
            dateOfBirth,
            groupTargets: groups?.groupTargets ?? [],
            ...(school ? { school } : {}),
          });
        },
        store: async (path, bytes) =>
          uploadToSiteDrive(deps.filesClient, await deps.siteId(), path, bytes, DOCX_TYPE),
        convertToPdf: (file) => convertToPdf(deps.filesClient, file),
        sendMail: (message) => sendMail(deps.mailClient, message),
        saveReview: (review) => deps.store.saveReview(review),
        now: () => deps.clock.now(),
      },
      request,
      onProgress,
    ),
});
