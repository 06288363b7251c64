/**
 * gateway's API as TypeScript types, generated from the OpenAPI document it serves at /docs/json.
 * Do not edit: `npm run api:generate` rewrites this file (a test fails when it is stale).
 */

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录：成功后以 httpOnly 会话 Cookie 保持登录（浏览器不持有令牌） */
        post: operations["SignInController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录：服务端立即结束会话 */
        post: operations["SignInController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录的工作人员 */
        get: operations["SignInController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改本人密码（其他会话随即结束） */
        post: operations["ChangePasswordController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 */
        get: operations["ManageAccountsController_list"];
        put?: never;
        /** 新建账号：返回一次性密码，首次登录须修改 */
        post: operations["ManageAccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改账号：姓名、角色与范围、手机号、停用/启用（停用立即结束其会话） */
        patch: operations["ManageAccountsController_change"];
        trace?: never;
    };
    "/api/accounts/{username}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码：返回一次性密码，须在下次登录时修改；同时解除锁定并结束其会话 */
        post: operations["ManageAccountsController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sign-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登录与账号审计日志（登录、失败、锁定、退出、超时、账号变更），新的在前 */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
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
        SignInBody: {
            /** @example admin */
            username: string;
            /** @example Demo@2026 */
            password: string;
        };
        SignedInUserView: {
            /** @example qingshui-officer */
            username: string;
            /** @example 清水镇信访专干 李娟 */
            displayName: string;
            /** @enum {string} */
            role: "county-admin" | "township-officer" | "leader" | "department-officer" | "liaison" | "analyst";
            /** @example 430599101000 */
            townshipCode?: string;
            /** @example dept-hrss */
            unitCode?: string;
            /** @description 须先修改密码（一次性密码登录后） */
            mustChangePassword: boolean;
        };
        SignedInResponse: {
            user: components["schemas"]["SignedInUserView"];
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
        ChangePasswordBody: {
            currentPassword: string;
            /** @description 至少 8 位，含大写字母、小写字母、数字、符号中的三类，不含用户名，不与最近 5 次相同 */
            newPassword: string;
        };
        AccountViewResponse: {
            /**
             * @description 工作人员标识（各服务记录的经办人标识，如接访排班、包案领导）
             * @example leader-430599101000-1
             */
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "county-admin" | "township-officer" | "leader" | "department-officer" | "liaison" | "analyst";
            townshipCode?: string;
            unitCode?: string;
            mobile?: string;
            mustChangePassword: boolean;
            disabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AccountListResponse: {
            items: components["schemas"]["AccountViewResponse"][];
        };
        CreateAccountBody: {
            /**
             * @description 3～32 位小写字母、数字、. _ -，以字母开头
             * @example qingshui-officer2
             */
            username: string;
            /** @example 清水镇信访专干 李娟 */
            displayName: string;
            /** @enum {string} */
            role: "county-admin" | "township-officer" | "leader" | "department-officer" | "liaison" | "analyst";
            /** @example 430599101000 */
            townshipCode?: string;
            /** @example dept-hrss */
            unitCode?: string;
            /** @example 13800000000 */
            mobile?: string;
        };
        OneTimePasswordResponse: {
            username: string;
            /** @description 一次性密码：只显示这一次，首次登录须修改 */
            oneTimePassword: string;
        };
        ChangeAccountBody: {
            displayName?: string;
            /** @enum {string} */
            role?: "county-admin" | "township-officer" | "leader" | "department-officer" | "liaison" | "analyst";
            townshipCode?: Record<string, never> | null;
            unitCode?: Record<string, never> | null;
            mobile?: Record<string, never> | null;
            disabled?: boolean;
        };
        AuditEntryView: {
            /**
             * @description 序号（翻页用 before）
             * @example 1042
             */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            kind: "signed-in" | "sign-in-failed" | "account-locked" | "sign-in-refused-locked" | "signed-out" | "session-expired" | "password-changed" | "account-created" | "account-changed" | "account-disabled" | "account-enabled" | "password-reset";
            username: string;
            /** @description 操作人（账号变更时） */
            actor: string | null;
            clientAddress: string | null;
            /** @description 细节（不含密码、Cookie 或令牌） */
            detail: {
                [key: string]: unknown;
            };
        };
        AuditListResponse: {
            items: components["schemas"]["AuditEntryView"][];
            /** @description 还有更早的：作为 before 取下一页 */
            next?: string;
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
    SignInController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInBody"];
            };
        };
        responses: {
            /** @description 已登录；Set-Cookie 带会话 Cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
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
            /** @description 账号已锁定：details.lockedUntil 为解锁时间 */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SignInController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已退出（会话 Cookie 已清除） */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    SignInController_me: {
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
                    "application/json": components["schemas"]["SignedInResponse"];
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
    ChangePasswordController_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordBody"];
            };
        };
        responses: {
            /** @description 已修改；本人的其他会话已结束 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    ManageAccountsController_list: {
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
                    "application/json": components["schemas"]["AccountListResponse"];
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
    ManageAccountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimePasswordResponse"];
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
    ManageAccountsController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 用户名 */
                username: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeAccountBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountViewResponse"];
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
            /** @description 事实不符合规则：rule 指明规则 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ManageAccountsController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 用户名 */
                username: unknown;
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
                    "application/json": components["schemas"]["OneTimePasswordResponse"];
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
    AuditController_list: {
        parameters: {
            query?: {
                username?: string;
                kind?: "signed-in" | "sign-in-failed" | "account-locked" | "sign-in-refused-locked" | "signed-out" | "session-expired" | "password-changed" | "account-created" | "account-changed" | "account-disabled" | "account-enabled" | "password-reset";
                from?: string;
                to?: string;
                /** @description 上一页最后一条的 id */
                before?: string;
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
                    "application/json": components["schemas"]["AuditListResponse"];
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
}
