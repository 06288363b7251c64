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
    "/api/petitions/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记前校验（不保存）：与登记相同的校验，以及可能的重复件
         * @description 通过时 200，返回登记后的标记（集体访、重复访、越级访）、将关联的原件、是否不再受理，以及同一信访人此前可能为同一事项的信访件（repeatCandidates）；不通过时 400，errors[] 逐项说明字段与规则。
         */
        post: operations["CheckRegistrationController_check"];
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
        /** 信访件详情：信访人信息默认脱敏（张*、4305**********0026、138****4321）；reveal=petitioners 显示完整信息，并记入访问日志 */
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
        /**
         * 信访老户台账（查看记入访问日志）
         * @description 姓名以遮掩形式给出（如 刘*华）；完整信息在信访件详情中“显示”（另行记入访问日志）。每人列出窗口期内的各件信访（最近的在前）。
         */
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
        DirectoryVillage: {
            /**
             * @description 村（社区）统计用区划代码
             * @example 430599101201
             */
            code: string;
            /** @example 石桥村 */
            name: string;
        };
        DirectoryTownship: {
            /**
             * @description 乡镇统计用区划代码
             * @example 430599101000
             */
            code: string;
            /** @example 清水镇 */
            name: string;
            villages: components["schemas"]["DirectoryVillage"][];
        };
        DirectoryUnit: {
            /**
             * @description 承办单位代码
             * @example dept-hrss
             */
            code: string;
            /** @example 县人力资源和社会保障局 */
            name: string;
            /**
             * @description township 乡镇政府；department 县直部门；political-legal 政法机关；discipline 纪检监察机关
             * @enum {string}
             */
            kind: "township" | "department" | "political-legal" | "discipline";
            /** @description 乡镇政府所在乡镇 */
            townshipCode: string | null;
        };
        CountyDirectoryResponse: {
            /**
             * @description 尚未导入名录时为 null
             * @example 清溪县
             */
            countyName: string | null;
            townships: components["schemas"]["DirectoryTownship"][];
            units: components["schemas"]["DirectoryUnit"][];
        };
        DirectoryCategory: {
            /** @example labour-wages */
            code: string;
            /** @example 劳动工资 */
            name: string;
        };
        CategoriesResponse: {
            items: components["schemas"]["DirectoryCategory"][];
        };
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
        RegistrationFlags: {
            /** @description 集体访（5 人及以上） */
            collective: boolean;
            /** @description 重复访：同一人同一事项仍在办理 */
            repeat: boolean;
            /** @description 越级访：乡镇仍在期限内办理时到县提出 */
            skipLevel: boolean;
        };
        RepeatCandidateResponse: {
            /** Format: uuid */
            petitionId: string;
            /** @description 同一事项的可能性（0..1） */
            score: number;
            /**
             * @description strong：达到同一事项阈值（只有这类会被关联为重复件、越级件）；possible：仅供登记人员参考
             * @enum {string}
             */
            strength: "strong" | "possible";
            /**
             * @description 两件都写到的事实：数额、地名、单位等
             * @example [
             *       "相同数字：86000",
             *       "相同地块：大塘"
             *     ]
             */
            sharedFacts: string[];
            /**
             * @description 两件写法不同之处：企业、村民小组、对方当事人、事项类别、村
             * @example [
             *       "所在村民小组不同"
             *     ]
             */
            conflictingFacts: string[];
            /** Format: date-time */
            receivedAt: string;
            /** @description 原件的办理状态（registered … closed、final） */
            caseStatus: string;
            /** @description 原件标题；不在登记人员权限范围内的为 null */
            title: string | null;
        };
        RegisteredPetitionResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description 查询码
             * @example K7M2Q-XR9TB-H4WZP
             */
            trackingCode: string;
            flags: components["schemas"]["RegistrationFlags"];
            /**
             * Format: uuid
             * @description 重复件、越级件或终结事项所关联的原信访件
             */
            linkedPetitionId: string | null;
            /**
             * @description refused：同一事项已复核终结，不再受理
             * @enum {string}
             */
            status: "registered" | "refused";
            /** @description 不再受理的理由（status=refused 时） */
            refusalReason?: string;
            /** @description 同一信访人此前可能为同一事项的信访件，可能性高的在前（只有 strong 的会成为 linkedPetitionId） */
            repeatCandidates?: components["schemas"]["RepeatCandidateResponse"][];
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
        RegistrationCheckFlags: {
            /** @description 集体访（5 人及以上） */
            collective: boolean;
            /** @description 重复访 */
            repeat: boolean;
            /** @description 越级访 */
            skipLevel: boolean;
        };
        RegistrationCheckResponse: {
            flags: components["schemas"]["RegistrationCheckFlags"];
            /**
             * Format: uuid
             * @description 登记后将关联的原信访件
             */
            linkedPetitionId: string | null;
            /**
             * @description refused：同一事项已复核终结，登记后不再受理
             * @enum {string}
             */
            status: "registered" | "refused";
            /** @description 不再受理的理由（status=refused 时） */
            refusalReason?: string;
            /** @description 登记后信访人将列入信访老户 */
            longStandingPetitioner: boolean;
            /** @description 同一信访人此前可能为同一事项的信访件，可能性高的在前 */
            repeatCandidates: components["schemas"]["RepeatCandidateResponse"][];
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
        PublicStatusView: {
            /**
             * @description 办理状态代码（refused 表示不再受理）
             * @example accepted
             */
            code: string;
            /** @example 已受理，办理中 */
            label: string;
        };
        PublicStepView: {
            /** Format: date-time */
            at: string;
            /**
             * @description registered、linked、transferred、assigned、rerouting、accepted、rejected、refused、leader-ownership、extended、supervised、replied、review-requested、hearing、review-decided、closed、note、evaluated …
             * @example accepted
             */
            kind: string;
            /** @example 已受理，将于2027年1月27日前书面答复 */
            description: string;
        };
        PublicEvaluationView: {
            /** @enum {string} */
            rating: "satisfied" | "basically-satisfied" | "unsatisfied";
            /** Format: date-time */
            evaluatedAt: string;
        };
        PublicAnswerView: {
            /**
             * @description reply 书面答复；review 复查意见；re-review 复核意见
             * @enum {string}
             */
            kind: "reply" | "review" | "re-review";
            /** @enum {string} */
            outcome: "support" | "explain" | "not-support" | "upheld" | "changed" | "revoked";
            /** @description 意见书全文 */
            text: string;
            /** Format: date-time */
            at: string;
            /** @example 书面答复 */
            kindLabel: string;
            /** @example 支持 */
            outcomeLabel: string;
        };
        TrackedPetitionResponse: {
            /** @example K7M2Q-XR9TB-H4WZP */
            trackingCode: string;
            status: components["schemas"]["PublicStatusView"];
            /**
             * @description 渠道（中文）
             * @example 来访
             */
            channel: string;
            /**
             * @description 事项类别（中文）
             * @example 劳动工资
             */
            category: string;
            /** @example 清水镇 */
            township: string;
            /** Format: date-time */
            receivedAt: string;
            /**
             * Format: date-time
             * @description 当前办理期限
             */
            dueAt: string | null;
            /** @description 公开的办理过程，按时间先后 */
            timeline: components["schemas"]["PublicStepView"][];
            evaluation: components["schemas"]["PublicEvaluationView"] | null;
            /** @description 现在可以评价（已答复、尚未评价） */
            canEvaluate: boolean;
            /** @description 答复与复查、复核意见全文（答复后才有；办理服务暂时无法应答时为 null） */
            answers: components["schemas"]["PublicAnswerView"][] | null;
        };
        EvaluationBody: {
            /**
             * @description satisfied 满意 / basically-satisfied 基本满意 / unsatisfied 不满意
             * @enum {string}
             */
            rating: "satisfied" | "basically-satisfied" | "unsatisfied";
            comment?: string;
        };
        EvaluationRecordedResponse: {
            /** @enum {string} */
            rating: "satisfied" | "basically-satisfied" | "unsatisfied";
            /** Format: date-time */
            evaluatedAt: string;
        };
        PetitionListFlags: {
            /** @description 集体访 */
            collective: boolean;
            /** @description 重复访 */
            repeat: boolean;
            /** @description 越级访 */
            skipLevel: boolean;
            /** @description 信访老户的信访件 */
            longStandingPetitioner: boolean;
            /** @description 检举控告 */
            accusation: boolean;
        };
        PetitionSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            channel: "visit" | "letter" | "online" | "phone";
            /** Format: date-time */
            receivedAt: string;
            townshipCode: string;
            villageCode: string | null;
            /** @description 事项类别代码 */
            category: string;
            title: string;
            /**
             * @description 登记结果：refused 为同一事项复核终结后不再受理
             * @enum {string}
             */
            status: "registered" | "refused";
            /**
             * @description 办理状态（来自办理服务）
             * @enum {string}
             */
            caseStatus: "registered" | "transferred" | "assigned" | "accepted" | "rejected" | "refused" | "replied" | "review" | "re-review" | "closed" | "final";
            /** Format: uuid */
            caseId: string | null;
            handlingUnitCode: string | null;
            /**
             * Format: date-time
             * @description 当前办理期限
             */
            dueAt: string | null;
            overdue: boolean;
            flags: components["schemas"]["PetitionListFlags"];
            /** Format: uuid */
            linkedPetitionId: string | null;
        };
        PetitionPageResponse: {
            /** @description 符合条件的件数（最多数到 1000） */
            total: number;
            /** @description false：超过 total 件 */
            totalExact: boolean;
            page: number;
            pageSize: number;
            items: components["schemas"]["PetitionSummary"][];
        };
        PetitionEvaluationDetail: {
            /** @enum {string} */
            rating: "satisfied" | "basically-satisfied" | "unsatisfied";
            comment: string | null;
            /** Format: date-time */
            evaluatedAt: string;
        };
        PetitionerDetail: {
            /** @description 信访人标识（同一人的各件信访相同） */
            petitionerRef: string;
            name: string;
            idNumber: string | null;
            phone: string | null;
            address: string | null;
            /** @description 代表（集体访） */
            isRepresentative: boolean;
        };
        PetitionAttachmentDetail: {
            /** Format: uuid */
            id: string;
            fileName: string;
            contentType: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        PetitionStep: {
            /** Format: date-time */
            at: string;
            kind: string;
            description: string;
        };
        PetitionDetailResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            channel: "visit" | "letter" | "online" | "phone";
            /** Format: date-time */
            receivedAt: string;
            townshipCode: string;
            villageCode: string | null;
            /** @description 事项类别代码 */
            category: string;
            title: string;
            /**
             * @description 登记结果：refused 为同一事项复核终结后不再受理
             * @enum {string}
             */
            status: "registered" | "refused";
            /**
             * @description 办理状态（来自办理服务）
             * @enum {string}
             */
            caseStatus: "registered" | "transferred" | "assigned" | "accepted" | "rejected" | "refused" | "replied" | "review" | "re-review" | "closed" | "final";
            /** Format: uuid */
            caseId: string | null;
            handlingUnitCode: string | null;
            /**
             * Format: date-time
             * @description 当前办理期限
             */
            dueAt: string | null;
            overdue: boolean;
            flags: components["schemas"]["PetitionListFlags"];
            /** Format: uuid */
            linkedPetitionId: string | null;
            trackingCode: string;
            content: string;
            /** @enum {string} */
            registeredAtLevel: "township" | "county";
            /** @description 来访人数 */
            headcount: number;
            /** @description 被检举单位代码 */
            accusedUnitCode: string | null;
            refusalReason: string | null;
            /**
             * Format: date
             * @description 来信日期
             */
            letterDate: string | null;
            /** @description 来电号码（未 reveal 时脱敏） */
            callerNumber: string | null;
            /** @description true：信访人信息为完整信息（reveal=petitioners，已记入访问日志）；false：已脱敏 */
            petitionersRevealed: boolean;
            evaluation: components["schemas"]["PetitionEvaluationDetail"] | null;
            petitioners: components["schemas"]["PetitionerDetail"][];
            attachments: components["schemas"]["PetitionAttachmentDetail"][];
            /** @description 公开的办理过程 */
            timeline: components["schemas"]["PetitionStep"][];
        };
        StoredAttachmentResponse: {
            /** Format: uuid */
            id: string;
            /** @example 工资欠条.jpg */
            fileName: string;
            /**
             * @description 按文件内容识别的类型
             * @enum {string}
             */
            contentType: "image/jpeg" | "image/png" | "application/pdf";
            /** @example 183204 */
            sizeBytes: number;
        };
        LongStandingRule: {
            /**
             * @description 窗口期内至少这么多件
             * @example 3
             */
            minPetitions: number;
            /**
             * @description 窗口期（月）
             * @example 24
             */
            windowMonths: number;
        };
        LongStandingPetition: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            receivedAt: string;
            title: string;
            /** @description 事项类别代码 */
            category: string;
            /** @description 办理状态 */
            caseStatus: string;
            townshipCode: string;
        };
        LongStandingPetitioner: {
            /** @description 信访人标识（同一人的各件信访相同） */
            petitionerRef: string;
            /**
             * @description 姓名（最近一件登记的，已遮掩）
             * @example 刘*华
             */
            name: string;
            petitions: number;
            /** @description 仍在办理的件数 */
            openPetitions: number;
            /** Format: date-time */
            firstReceivedAt: string;
            /** Format: date-time */
            lastReceivedAt: string;
            townshipCodes: string[];
            /** Format: uuid */
            latestPetitionId: string;
            /** @description 涉及的事项类别代码 */
            categories: string[];
            /** @description 窗口期内的各件信访，最近的在前 */
            petitionList: components["schemas"]["LongStandingPetition"][];
        };
        LongStandingLedgerResponse: {
            rule: components["schemas"]["LongStandingRule"];
            items: components["schemas"]["LongStandingPetitioner"][];
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
                content: {
                    "application/json": components["schemas"]["CountyDirectoryResponse"];
                };
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
                content: {
                    "application/json": components["schemas"]["CategoriesResponse"];
                };
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
                content: {
                    "application/json": components["schemas"]["PetitionPageResponse"];
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
                    "application/json": components["schemas"]["RegisteredPetitionResponse"];
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
    CheckRegistrationController_check: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationCheckResponse"];
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
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
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
            /** @description 请求参数不合法：errors 逐个列出字段及其违反的规则 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
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
                content: {
                    "application/json": components["schemas"]["TrackedPetitionResponse"];
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
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
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
                content: {
                    "application/json": components["schemas"]["EvaluationRecordedResponse"];
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
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SearchPetitionsController_detail: {
        parameters: {
            query?: {
                /** @description 显示信访人完整信息（姓名、身份证号、手机号、住址、来电号码），记入个人信息访问日志 */
                reveal?: "petitioners";
            };
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
                content: {
                    "application/json": components["schemas"]["PetitionDetailResponse"];
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
                content: {
                    "application/json": components["schemas"]["StoredAttachmentResponse"];
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
            /** @description 请求体或文件过大 */
            413: {
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
            /** @description 附件文件（按上传时识别的类型） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "application/pdf": string;
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
                content: {
                    "application/json": components["schemas"]["StoredAttachmentResponse"];
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
            /** @description 请求体或文件过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
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
                content: {
                    "application/json": components["schemas"]["LongStandingLedgerResponse"];
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
