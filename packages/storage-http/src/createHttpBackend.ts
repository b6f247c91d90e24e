import type {
  AttachmentContent,
  AttachmentInput,
  AttachmentMeta,
  FormId,
  PublicAssociationConfig,
  Receipt,
  RequestQuery,
  RequestState,
  RequestSummary,
  SatisfactionSummary,
  SigningContext,
  StaffApi,
  StaffCredentials,
  StaffKeyListing,
  StaffPerson,
  StaffRequestRecord,
  StatusView,
  StoredNotification,
  SubmissionBackend,
  SubmissionPayload,
  SubmitOptions,
  UploadGrant,
} from '@mord/core';
import { inspectFile, routePath, StorageError } from '@mord/core';
import { createHttpCaller, type HttpBackendOptions } from './createHttpCaller';

/** A query as URL parameters, leaving out what is not set. */
function searchParams(query: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  return params;
}

import { createHttpSurveyClient } from './createHttpSurveyClient';

export type { HttpBackendOptions };

/**
 * A submission backend that speaks the Mord HTTP protocol v1 (`docs/protocol.md`). Submissions carry
 * their idempotency key, so they — and GETs — are retried with exponential backoff on network errors,
 * 5xx and 429; other requests are sent once. Errors are `StorageError`s with the server's code and issues.
 * @example const backend = createHttpBackend({ baseUrl: 'https://forms.example.org', locale: 'ar' })
 */
export function createHttpBackend(options: HttpBackendOptions): SubmissionBackend & {
  staff(credentials: StaffCredentials): Promise<StaffApi>;
} {
  const { call, json, encode } = createHttpCaller(options);
  const survey = createHttpSurveyClient(options);

  function staffApi(key: string, actor: StaffApi['actor']): StaffApi {
    const auth = { authorization: `Bearer ${key}` };
    const post = (path: string, body?: unknown, method = 'POST') =>
      call(
        path,
        {
          method,
          headers: { ...auth, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        false,
      );
    return {
      actor,
      async countRequests(query = {}) {
        return json<Partial<Record<RequestState, number>>>(
          await call(`${routePath('staffRequestCounts')}?${searchParams(query)}`, { headers: auth }, true),
        );
      },
      async listRequests(query: RequestQuery = {}) {
        return json<RequestSummary[]>(
          await call(`${routePath('staffRequests')}?${searchParams(query)}`, { headers: auth }, true),
        );
      },
      async getRequest(reference) {
        try {
          return await json<StaffRequestRecord>(
            await call(routePath('staffRequest', { reference }), { headers: auth }, true),
          );
        } catch (error) {
          if (error instanceof StorageError && error.code === 'not_found') return null;
          throw error;
        }
      },
      transition: async (reference, input) =>
        json<StaffRequestRecord>(await post(routePath('staffTransition', { reference }), input)),
      assign: async (reference, assignee) =>
        json<StaffRequestRecord>(await post(routePath('staffAssignee', { reference }), { assignee }, 'PUT')),
      createSigningLink: async (reference) =>
        json<{ token: string; url?: string; expiresAt: string }>(
          await post(routePath('staffSigningLink', { reference })),
        ),
      notifications: async (reference) =>
        json<StoredNotification[]>(
          await call(routePath('staffNotifications', { reference }), { headers: auth }, true),
        ),
      printCode: async (reference) =>
        json<{ code: string }>(
          await call(routePath('staffPrintCode', { reference }), { headers: auth }, true),
        ),
      recordWetSignature: async (reference, code) =>
        json<StaffRequestRecord>(await post(routePath('staffWetSignature', { reference }), { code })),
      people: async () => json<StaffPerson[]>(await call(routePath('staffPeople'), { headers: auth }, true)),
      listKeys: async () =>
        json<StaffKeyListing[]>(await call(routePath('staffKeys'), { headers: auth }, true)),
      createKey: async (input) =>
        json<{ id: string; key: string }>(await post(routePath('staffKeyCreate'), input)),
      rotateKey: async (id) => json<{ key: string }>(await post(routePath('staffKeyRotate', { id }))),
      async revokeKey(id) {
        await post(routePath('staffKeyRevoke', { id }), undefined, 'DELETE');
      },
      updateChecklist: async (reference, checklist) =>
        json<StaffRequestRecord>(
          await post(routePath('staffChecklist', { reference }), { checklist }, 'PUT'),
        ),
      createSurveyInvitation: async (reference) =>
        json<{ token: string; url?: string }>(await post(routePath('staffInvitation', { reference }))),
      async inquiryTopics(query = {}) {
        return json<Record<string, number>>(
          await call(`${routePath('staffInquiryTopics')}?${searchParams(query)}`, { headers: auth }, true),
        );
      },
      async satisfactionSummary(query = {}) {
        const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
        return json<SatisfactionSummary>(
          await call(`${routePath('staffSatisfaction')}?${params}`, { headers: auth }, true),
        );
      },
      async submit(form, payload, submitOptions) {
        const response = await call(
          routePath('staffSubmit', { form }),
          {
            method: 'POST',
            headers: {
              ...auth,
              'content-type': 'application/json',
              'idempotency-key': submitOptions.idempotencyKey,
            },
            body: JSON.stringify(payload),
            locale: submitOptions.locale ?? payload.locale,
          },
          true,
        );
        return json<Receipt>(response);
      },
      reissueAccessCode: async (reference) =>
        json<{ accessToken: string }>(await post(routePath('staffAccessCode', { reference }))),
      async erase(reference) {
        await post(routePath('staffErase', { reference }), undefined, 'DELETE');
      },
      async getAttachment(reference, id) {
        let response: Response;
        try {
          response = await call(routePath('staffAttachment', { reference, id }), { headers: auth }, true);
        } catch (error) {
          if (error instanceof StorageError && error.code === 'not_found') return null;
          throw error;
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        const disposition = response.headers.get('content-disposition') ?? '';
        const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
        let name = 'file';
        try {
          name = encoded ? decodeURIComponent(encoded) : name;
        } catch {
          // A name the server did not encode: keep the neutral one.
        }
        const content: AttachmentContent = {
          id,
          name,
          bytes,
          size: bytes.byteLength,
          mediaType: response.headers.get('content-type') as AttachmentContent['mediaType'],
          sha256: '',
        };
        return content;
      },
    };
  }

  // One grant per form, reused until shortly before it expires; a refused grant is fetched anew once.
  const grants = new Map<FormId, Promise<UploadGrant>>();
  function grantFor(form: FormId, fresh = false): Promise<UploadGrant> {
    const cached = grants.get(form);
    if (cached && !fresh) {
      return cached.then((grant) =>
        Date.parse(grant.expiresAt) - Date.now() > 60_000 ? grant : grantFor(form, true),
      );
    }
    const request = call(routePath('uploadGrant', { form }), { method: 'POST' }, false).then((r) =>
      json<UploadGrant>(r),
    );
    grants.set(form, request);
    request.catch(() => grants.delete(form));
    return request;
  }

  /** Her answer to a request for more information, with her code or the link of the message that asked. */
  async function sendReply(
    reference: string,
    authorization: string,
    input: { message?: string; attachments?: unknown[] },
  ): Promise<StatusView> {
    const response = await call(
      routePath('reply', { reference }),
      {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      },
      false,
    );
    return json<StatusView>(response);
  }

  return {
    name: 'http',
    capabilities: {
      attachments: true,
      surveys: true,
      staff: true,
      config: true,
      signing: true,
      statusLinks: true,
      codeReminders: true,
      withdrawal: true,
      replies: true,
    },
    async getConfig() {
      return json<PublicAssociationConfig>(await call(routePath('config'), {}, true));
    },
    async submit(form: FormId, payload: SubmissionPayload, submitOptions: SubmitOptions) {
      const response = await call(
        routePath('submit', { form }),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': submitOptions.idempotencyKey },
          body: JSON.stringify(payload),
          // Messages follow the form's language unless the caller asks for another.
          locale: submitOptions.locale ?? payload.locale,
        },
        // The idempotency key makes a repeated submission safe.
        true,
      );
      return json<Receipt>(response);
    },
    async getStatus(reference, accessToken) {
      try {
        return await json<StatusView>(
          await call(
            routePath('status', { reference }),
            { headers: { authorization: `Bearer ${accessToken}` } },
            true,
          ),
        );
      } catch (error) {
        if (error instanceof StorageError && error.code === 'not_found') return null;
        throw error;
      }
    },
    reply: (reference, accessToken, input) => sendReply(reference, `Bearer ${accessToken}`, input),
    replyByLink: (reference, linkToken, input) => sendReply(reference, `StatusLink ${linkToken}`, input),
    async withdraw(reference, accessToken) {
      const response = await call(
        routePath('withdrawal', { reference }),
        { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } },
        false,
      );
      return json<StatusView>(response);
    },
    async remindCode(reference, idNumber) {
      await call(
        routePath('codeReminder', { reference }),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ idNumber }),
        },
        false,
      );
    },
    async getStatusByLink(reference, linkToken) {
      try {
        return await json<StatusView>(
          await call(
            routePath('status', { reference }),
            { headers: { authorization: `StatusLink ${linkToken}` } },
            true,
          ),
        );
      } catch (error) {
        if (error instanceof StorageError && error.code === 'not_found') return null;
        throw error;
      }
    },
    ...survey,
    async getSigning(token) {
      try {
        return await json<SigningContext>(await call(routePath('signing', { token }), {}, true));
      } catch (error) {
        if (error instanceof StorageError && error.code === 'not_found') return null;
        throw error;
      }
    },
    async submitSignature(token, declaration) {
      const response = await call(
        routePath('signingSignature', { token }),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ declaration }),
        },
        false,
      );
      return json<{ reference: string }>(response);
    },
    attachments: {
      async put(file: AttachmentInput) {
        const form = file.form ?? 'support-request';
        const send = async (grant: UploadGrant) =>
          call(
            routePath('upload'),
            {
              method: 'POST',
              headers: {
                // The declared type when there is one (the server refuses a lie); otherwise the type
                // judged from the content, since browsers leave it empty for some files.
                'content-type':
                  file.mediaType || inspectFile(file.bytes).mediaType || 'application/octet-stream',
                'x-file-name': encode(file.name),
                'x-upload-grant': grant.grant,
              },
              body: file.bytes as Uint8Array<ArrayBuffer>,
            },
            false,
          );
        let response: Response;
        try {
          response = await send(await grantFor(form));
        } catch (error) {
          if (!(error instanceof StorageError) || error.code !== 'forbidden') throw error;
          // The grant expired or the server restarted with another key: one fresh grant, once.
          response = await send(await grantFor(form, true));
        }
        return json<AttachmentMeta>(response);
      },
    },
    async staff({ key }) {
      const actor = await json<StaffApi['actor']>(
        await call(routePath('staffMe'), { headers: { authorization: `Bearer ${key}` } }, true),
      );
      return staffApi(key, actor);
    },
  };
}
