/**
 * intake's API as TypeScript types, generated from the OpenAPI document it serves at /docs/json.
 * Do not edit: `npm run api:generate` rewrites this file (a test fails when it is stale).
 */

export interface paths {
    "/api/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本县乡镇、村（社区）与承办单位 */
        get: operations["DirectoryController_directoryOfCounty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 信访事项分类 */
        get: operations["DirectoryController_categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 信访件查询（按权限范围；列表不含信访人信息）：筛选、全文检索（两字词可检索）、排序、分页 */
        get: operations["SearchPetitionsController_search"];
        put?: never;
        /**
         * 登记信访件（访、信、网、电）
         * @description 重复件、越级件自动关联原件；同一事项复核终结后再次提出的，登记并不再受理（status=refused）。
         */
        post: operations["RegisterPetitionController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/petitions/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 网上信访提交前校验（不保存，不计入提交次数）
         * @description 与提交相同的校验；通过时 204，否则 400 并在 errors[] 中逐项说明字段与规则。
         */
        post: operations["CheckOnlineController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 网上信访（群众免登录提交）
         * @description 每个网络地址每小时最多提交 5 件。第一位信访人须留手机号，用于接收短信告知。
         */
        post: operations["SubmitOnlineController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/petitions/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 凭查询码查询办理进度
         * @description 每个网络地址每 10 分钟最多查询 60 次；未知查询码返回 404。answers：书面答复与复查、复核意见的全文（答复后才有；办理服务暂时无法应答时为 null）。
         */
        get: operations["TrackPetitionController_track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/petitions/{trackingCode}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对答复进行满意度评价（仅一次，答复后可评） */
        post: operations["EvaluatePetitionController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 信访件详情（含信访人信息，每次查看均记入访问日志） */
        get: operations["SearchPetitionsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（JPEG、PNG、PDF，每个不超过 10 MB，按文件内容识别类型） */
        post: operations["AttachmentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件（记入访问日志） */
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/petitions/{trackingCode}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 网上信访补充附件（群众免登录，凭查询码）
         * @description JPEG、PNG、PDF，每个不超过 10 MB，按文件内容识别类型；仅限网上提交的信访件，提交后 60 分钟内，每件最多 5 个。
         */
        post: operations["AttachOnlineController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitioners/long-standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 信访老户台账（查看记入访问日志） */
        get: operations["LongStandingLedgerController_ledger"];
        put?: never;
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
        /** 本服务无法处理的事件（死信）及原因 */
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
        /** 原因排除后重新处理一条死信（成功后从死信中移除） */
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
        PetitionerInput: {
            /** @example 张建国 */
            name: string;
            /**
             * @description 18 位公民身份号码
             * @example 430524196803121232
             */
            idNumber?: string;
            /**
             * @description 手机或带区号的固定电话
             * @example 13800000000
             */
            phone?: string;
            /** @example 清水镇石桥村三组 */
            address?: string;
        };
        RegisterPetitionBody: {
            /** @enum {string} */
            channel: "visit" | "letter" | "online" | "phone";
            /** @description 收到时间，默认现在 */
            receivedAt?: string;
            /** @example 430599101000 */
            townshipCode: string;
            /** @example 430599101203 */
            villageCode?: string;
            /**
             * @description 来自 GET /api/categories
             * @example land
             */
            category: string;
            /** @example 反映征地补偿款未足额发放 */
            title: string;
            content: string;
            petitioners: components["schemas"]["PetitionerInput"][];
            /** @description 来访人数（仅来访） */
            headcount?: number;
            /**
             * @description 来信落款日期（仅来信）
             * @example 2026-02-26
             */
            letterDate?: string;
            /**
             * @description 来电号码（仅来电）
             * @example 0739-5551234
             */
            callerNumber?: string;
            /** @description 代表在 petitioners 中的序号（从 0 开始），最多 5 名 */
            representatives?: number[];
            isAccusation?: boolean;
            /** @description 被检举单位代码 */
            accusedUnit?: string;
            /** @enum {string} */
            registeredAtLevel?: "township" | "county";
        };
        RegisterPetitionResult: {
            id: string;
            /** @example K7M2Q-XR9TB-H4WZP */
            trackingCode: string;
            flags: Record<string, never>;
            /** @description 重复件、越级件或终结事项所关联的原信访件 */
            linkedPetitionId?: Record<string, never>;
            /**
             * @description refused：同一事项已复核终结，不再受理
             * @enum {string}
             */
            status: "registered" | "refused";
            refusalReason?: string;
        };
        SubmitOnlineBody: {
            /** @example 430599101000 */
            townshipCode: string;
            /** @example 430599101203 */
            villageCode?: string;
            /**
             * @description 来自 GET /api/categories
             * @example land
             */
            category: string;
            /** @example 反映征地补偿款未足额发放 */
            title: string;
            content: string;
            petitioners: components["schemas"]["PetitionerInput"][];
            /** @description 代表在 petitioners 中的序号（从 0 开始），最多 5 名 */
            representatives?: number[];
            isAccusation?: boolean;
            /** @description 被检举单位代码 */
            accusedUnit?: string;
        };
        SubmitOnlineResult: {
            /**
             * @description 查询码：凭此查询办理进度、评价答复，请妥善保存
             * @example K7M2Q-XR9TB-H4WZP
             */
            trackingCode: string;
        };
        EvaluationBody: {
            /**
             * @description satisfied 满意 / basically-satisfied 基本满意 / unsatisfied 不满意
             * @enum {string}
             */
            rating: "satisfied" | "basically-satisfied" | "unsatisfied";
            comment?: string;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    DirectoryController_directoryOfCounty: {
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
                content?: never;
            };
        };
    };
    DirectoryController_categories: {
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
                content?: never;
            };
        };
    };
    SearchPetitionsController_search: {
        parameters: {
            query?: {
                townshipCode?: string;
                villageCode?: string;
                /** @description 办理状态，可多选（逗号分隔）：registered, transferred, assigned, accepted, rejected, refused, replied, review, re-review, closed, final */
                status?: string;
                /** @description 渠道，可多选：visit, letter, online, phone */
                channel?: string;
                category?: string;
                /** @description 承办单位代码 */
                handlingUnitCode?: string;
                /** @description 收到时间起（含） */
                from?: string;
                /** @description 收到时间止（不含） */
                to?: string;
                /** @description 标题与内容中的文字；空格分隔的多个词须同时出现 */
                q?: string;
                /** @description 信访人身份证号（精确匹配，经加密索引查找） */
                idNumber?: string;
                /** @description 集体访 */
                collective?: "true" | "false";
                /** @description 重复访 */
                repeat?: "true" | "false";
                /** @description 越级访 */
                skipLevel?: "true" | "false";
                /** @description 检举控告 */
                accusation?: "true" | "false";
                /** @description 信访老户的信访件 */
                longStanding?: "true" | "false";
                /** @description 已超期 */
                overdue?: "true" | "false";
                /** @description 未办结（仍在办理） */
                open?: "true" | "false";
                /** @description 办理期限在今后 N 天内（未办结的） */
                dueWithinDays?: number;
                sort?: "receivedAt" | "dueAt";
                /** @description 默认：收到时间新的在前，期限近的在前 */
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
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
        };
    };
    RegisterPetitionController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPetitionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterPetitionResult"];
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
    CheckOnlineController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitOnlineBody"];
            };
        };
        responses: {
            /** @description 可以提交 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SubmitOnlineController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitOnlineBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitOnlineResult"];
                };
            };
        };
    };
    TrackPetitionController_track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EvaluatePetitionController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SearchPetitionsController_detail: {
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
            200: {
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
        };
    };
    AttachmentsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
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
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
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
        };
    };
    AttachOnlineController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LongStandingLedgerController_ledger: {
        parameters: {
            query?: {
                townshipCode?: string;
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
        };
    };
}
