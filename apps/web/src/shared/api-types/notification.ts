/**
 * notification's API as TypeScript types, generated from the OpenAPI document it serves at /docs/json.
 * Do not edit: `npm run api:generate` rewrites this file (a test fails when it is stale).
 */

export interface paths {
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的站内通知（最近 200 条） */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记已读 */
        post: operations["InboxController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发送记录（收件人已脱敏） */
        get: operations["DeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知规则 */
        get: operations["RulesController_list"];
        /** 替换通知规则 */
        put: operations["RulesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 模板（各模板的最新版本） */
        get: operations["TemplatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某模板的全部版本 */
        get: operations["TemplatesController_history"];
        /** 修改模板（保存为新版本） */
        put: operations["TemplatesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{key}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用样例事件预览模板 */
        post: operations["TemplatesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员通讯录（接收邮件通知） */
        get: operations["StaffContactsController_list"];
        /** 替换工作人员通讯录 */
        put: operations["StaffContactsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本服务无法处理的事件（死信）及原因，以及发件箱中无法发布的事件 */
        get: operations["DeadLettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dead-letters/{seq}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 原因排除后重新处理一条死信（成功后从死信中移除）；负序号为发件箱中无法发布的事件，重新发布 */
        post: operations["DeadLettersController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        InboxMessageView: {
            /** Format: uuid */
            id: string;
            /** @example 新转送案件待受理 */
            title: string;
            body: string;
            /** @description 工作台中的链接 */
            link: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description 本人读过的时间；未读为 null
             */
            readAt: string | null;
        };
        InboxResponse: {
            /** @description 最近 200 条，新的在前 */
            items: components["schemas"]["InboxMessageView"][];
            /** @description 其中未读条数 */
            unread: number;
        };
        FieldError: {
            /**
             * @description 出错的字段（路径）；(body) 指整个请求体，(url) 指请求地址
             * @example petitioners[0].idNumber
             */
            field: string;
            /**
             * @description 违反的规则名
             * @example isResidentId
             */
            rule: string;
            /**
             * @description 中文说明
             * @example 身份证号校验位不正确
             */
            message: string;
        };
        /** @description 每个 4xx/5xx 响应的 JSON：状态码、原因、中文说明；违反领域规则时 rule 给出规则名，参数错误时 errors 逐个列出字段。 */
        ErrorBody: {
            /** @example 409 */
            statusCode: number;
            /**
             * @description HTTP 原因短语
             * @example Conflict
             */
            error: string;
            /**
             * @description 中文说明
             * @example 案件当前状态不允许此操作
             */
            message: string;
            /**
             * @description 违反的规则名（403/404/409/422）
             * @example extension-already-used
             */
            rule?: string;
            /** @description 400：每个不合法的字段及其规则 */
            errors?: components["schemas"]["FieldError"][];
            /** @description 客户端据以行动的事实，例如 423 的 { lockedUntil } */
            details?: {
                [key: string]: unknown;
            };
        };
        DeliveryView: {
            /** Format: uuid */
            id: string;
            /** @example casework.case.accepted.v1 */
            eventSubject: string;
            ruleId: string;
            templateKey: string;
            templateVersion: number;
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            /**
             * @description 收件人（已脱敏）
             * @example 137****4321
             */
            recipient: string | null;
            /** Format: uuid */
            caseId: string | null;
            /** Format: uuid */
            petitionId: string | null;
            /**
             * @description deferred：夜间不发短信，次日早上发送
             * @enum {string}
             */
            status: "pending" | "deferred" | "retrying" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            nextAttemptAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        DeliveriesResponse: {
            items: components["schemas"]["DeliveryView"][];
        };
        RuleConditionView: {
            /** @example clock */
            field: string;
            /** @example supervision */
            equals: string | number | boolean;
        };
        NotificationRuleView: {
            /** @example case-accepted-petitioner */
            id: string;
            /** @example casework.case.accepted.v1 */
            eventSubject: string;
            /** @enum {string} */
            recipients: "petitioner" | "handling-unit" | "owner" | "township-officers" | "county-admins";
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            templateKey: string;
            /** @description 仅当事件的某字段等于此值时 */
            condition: components["schemas"]["RuleConditionView"] | null;
            enabled: boolean;
            description: string;
        };
        NotificationRulesResponse: {
            rules: components["schemas"]["NotificationRuleView"][];
        };
        RuleInput: {
            /** @example petitioner-accepted */
            id: string;
            /** @example casework.case.accepted.v1 */
            eventSubject: string;
            /** @enum {string} */
            recipients: "petitioner" | "handling-unit" | "owner" | "township-officers" | "county-admins";
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            /** @example petitioner.accepted */
            templateKey: string;
            /**
             * @example {
             *       "field": "clock",
             *       "equals": "supervision"
             *     }
             */
            condition?: Record<string, never>;
            enabled: boolean;
            description: string;
        };
        RulesBody: {
            rules: components["schemas"]["RuleInput"][];
        };
        TemplateSummaryView: {
            /** @example case-accepted-sms */
            key: string;
            version: number;
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            /** @description 标题（短信无标题） */
            subject: string | null;
            /** @example 您的信访事项已受理，查询码 {{trackingCode}}。 */
            body: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            /** @description 模板用到的占位符 */
            placeholders: string[];
        };
        TemplatesResponse: {
            /** @description 各模板的最新版本 */
            items: components["schemas"]["TemplateSummaryView"][];
        };
        TemplateVersionView: {
            /** @example case-accepted-sms */
            key: string;
            version: number;
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            /** @description 标题（短信无标题） */
            subject: string | null;
            /** @example 您的信访事项已受理，查询码 {{trackingCode}}。 */
            body: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
        };
        TemplateHistoryResponse: {
            key: string;
            /** @description 新版本在前 */
            versions: components["schemas"]["TemplateVersionView"][];
        };
        TemplateBody: {
            /** @description 邮件、站内信的标题（短信不用） */
            subject?: string;
            /** @description 正文，可用 {{变量}} 与 {{变量|date}}、{{变量|datetime}}、{{变量|label}}、{{变量|sentence}}（补足句末标点） */
            body: string;
        };
        PreviewBody: {
            /**
             * @description 用哪个事件的样例渲染；默认取使用该模板的第一条规则的事件
             * @example casework.case.accepted.v1
             */
            eventSubject?: string;
            /** @description 覆盖样例中的字段 */
            values?: Record<string, never>;
        };
        TemplatePreviewResponse: {
            key: string;
            version: number;
            /** @description 样例所用的事件 */
            eventSubject: string | null;
            subject: string | null;
            body: string;
            /** @description 样例中没有值的占位符 */
            missing: string[];
        };
        StaffContactView: {
            accountId: string;
            name: string;
            /** @example township-officer */
            role: string;
            townshipCode: string | null;
            unitCode: string | null;
            /** Format: email */
            email: string | null;
        };
        StaffContactsResponse: {
            contacts: components["schemas"]["StaffContactView"][];
        };
        StaffContactInput: {
            accountId: string;
            name: string;
            /** @enum {string} */
            role: "county-admin" | "township-officer" | "leader" | "department-officer" | "liaison" | "analyst";
            townshipCode?: string;
            unitCode?: string;
            email?: string;
        };
        StaffContactsBody: {
            contacts: components["schemas"]["StaffContactInput"][];
        };
        DeadLetterView: {
            /** @description 死信流中的序号；负数表示本服务发件箱中无法发布的事件（发件箱序号取负），重新处理即重新发布 */
            seq: number;
            /**
             * @description consumer 本服务无法处理的事件；outbox 本服务无法发布的事件
             * @enum {string}
             */
            source: "consumer" | "outbox";
            /**
             * Format: date-time
             * @description 转入死信的时间
             */
            parkedAt: string;
            /**
             * @description 无法处理它的消费者
             * @example reporting
             */
            consumer: string;
            /** @example intake.petition.registered.v1 */
            originalSubject: string;
            /** @example INTAKE */
            originalStream: string;
            originalSeq: number;
            /** @description 投递次数 */
            deliveries: number;
            /** @description 无法处理的原因 */
            reason: string;
            /** @description 事件原文（截取前 4 KB；事件不含个人信息） */
            data: string;
        };
        DeadLetterListResponse: {
            items: components["schemas"]["DeadLetterView"][];
        };
        DeadLetterReplayResponse: {
            seq: number;
            /**
             * @description applied 已处理；duplicate 此前已处理过；skipped 本服务不处理此类事件；published 发件箱中的事件已发布
             * @enum {string}
             */
            outcome: "applied" | "duplicate" | "skipped" | "published";
            /** Format: uuid */
            eventId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    InboxController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxResponse"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InboxController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已标记 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不在本人的乡镇、单位范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveriesController_list: {
        parameters: {
            query?: {
                caseId?: string;
                petitionId?: string;
                status?: "pending" | "deferred" | "retrying" | "sent" | "failed";
                channel?: "sms" | "email" | "inbox";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveriesResponse"];
                };
            };
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行此操作：rule 指明规则 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationRulesResponse"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RulesController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RulesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationRulesResponse"];
                };
            };
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行此操作：rule 指明规则 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatesResponse"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplatesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateHistoryResponse"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不在本人的乡镇、单位范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplatesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateBody"];
            };
        };
        responses: {
            /** @description 新保存的版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVersionView"];
                };
            };
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行此操作：rule 指明规则 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不在本人的乡镇、单位范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplatesController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreviewResponse"];
                };
            };
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不在本人的乡镇、单位范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StaffContactsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffContactsResponse"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行此操作：rule 指明规则 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StaffContactsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffContactsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffContactsResponse"];
                };
            };
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行此操作：rule 指明规则 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeadLettersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterListResponse"];
                };
            };
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行此操作：rule 指明规则 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeadLettersController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterReplayResponse"];
                };
            };
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录、令牌无效或已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行此操作：rule 指明规则 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不在本人的乡镇、单位范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 当前状态不允许此操作：rule 指明规则 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
