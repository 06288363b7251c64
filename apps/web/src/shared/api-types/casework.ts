/**
 * casework's API as TypeScript types, generated from the OpenAPI document it serves at /docs/json.
 * Do not edit: `npm run api:generate` rewrites this file (a test fails when it is stale).
 */

export interface paths {
    "/api/cases/work-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作台待办：待转送交办、待受理（15 日告知、5 个工作日异议期）、待答复、待包案、我包案的、7 日内到期、已超期、督办中，今日接访
         * @description 按调用者的权限范围（乡镇、承办单位；检举控告不对被检举单位显示）统计，一次查询。
         */
        get: operations["WorkQueueController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件列表（按权限范围） */
        get: operations["QueryCasesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情：状态、期限、流程记录 */
        get: operations["QueryCasesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转送（县信访局） */
        post: operations["RouteCaseController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交办，限期报结（县信访局） */
        post: operations["RouteCaseController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/object": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办单位提出异议并退回（收到后 5 个工作日内） */
        post: operations["RouteCaseController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 受理（承办单位）
         * @description 集体访、越级访、重复访、信访老户的案件须先由领导包案。
         */
        post: operations["AcceptCaseController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理，写明法定理由（承办单位） */
        post: operations["AcceptCaseController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作为重复件不再受理（承办单位） */
        post: operations["AcceptCaseController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/take-ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 领导包案（调用者本人） */
        post: operations["TakeOwnershipController_takeOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延长办理期限（领导批准，仅一次，至多 30 日） */
        post: operations["ExtendDeadlineController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 书面答复（承办单位） */
        post: operations["ReplyToCaseController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/supervise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办（县信访局） */
        post: operations["SuperviseCaseController_supervise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/request-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代信访人登记复查（复核）申请（县信访局） */
        post: operations["ReviewCaseController_requestReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/record-hearing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录复核听证（听证时间不计入期限） */
        post: operations["ReviewCaseController_recordHearing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/decide-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作出复查（复核）意见（上一级） */
        post: operations["ReviewCaseController_decideReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结（承办单位或县信访局） */
        post: operations["CloseCaseController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录办理进展（公开）或内部意见 */
        post: operations["AddNoteController_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/mediations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录调解（调解员、当事人、结果） */
        post: operations["RecordMediationController_mediate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领导接访排班（按乡镇、按月），该月每一天是否工作日（节假日、调休），并列出未排班的工作日 */
        get: operations["DutyRosterController_get"];
        /** 编排一个月的领导接访（整月替换；县信访局编排） */
        put: operations["DutyRosterController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-roster/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可排班的接访领导：本乡镇排班表中出现过的领导（与今日接访同一来源）
         * @description 排班表记录领导的标识与称谓；新领导第一次排班时由县信访局录入其标识与称谓。
         */
        get: operations["DutyRosterController_leaders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节假日与调休上班日 */
        get: operations["CalendarController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某一年的节假日与调休上班日，及是否已录入当年放假安排（provisional） */
        get: operations["CalendarYearController_year"];
        /** 替换某一年的节假日与调休安排，并重算在办案件的期限 */
        put: operations["CalendarController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分流规则（事项分类 × 乡镇 → 承办单位） */
        get: operations["RoutingRulesController_list"];
        /** 替换分流规则 */
        put: operations["RoutingRulesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办理设置：提醒提前天数、超期升级步骤 */
        get: operations["SettingsController_get"];
        /** 修改办理设置 */
        put: operations["SettingsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sensitive-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 敏感时期列表 */
        get: operations["ManagePeriodsController_list"];
        put?: never;
        /**
         * 开启敏感时期（县信访局）
         * @description 期间各乡镇每天在截止时间（默认北京时间 17:00，配置项 ZERO_REPORT_DEADLINE）前报送当日情况，无事也要报（零报告）。同一天只能属于一个敏感时期。
         */
        post: operations["ManagePeriodsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sensitive-periods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 敏感时期详情：截至目前各乡镇应报、已报、补报、漏报的天数（乡镇用户只看本乡镇） */
        get: operations["ManagePeriodsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sensitive-periods/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提前结束（或取消）敏感时期
         * @description 此后到期的日报不再要求；已过截止时间而未报的仍计为漏报。
         */
        post: operations["ManagePeriodsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zero-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 某日各乡镇报送情况
         * @description status：filed 已报（late 表示补报）/ missing 截止时间已过未报 / pending 未到截止时间 / not-required 当天无需报送。乡镇用户只看本乡镇；统计分析人员不看摘要。
         */
        get: operations["QueryReportsController_day"];
        put?: never;
        /**
         * 报送每日报告（乡镇信访专干或乡镇领导，只能报本乡镇）
         * @description 每个乡镇每天一份；同一天再次报送即更正（保留每次报送记录）。截止时间后报送记为补报（late）。不能提前报送，也不能报送敏感时期以外的日期。
         */
        post: operations["FileReportController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zero-reports/filed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 已报送的每日报告（最近的在前，至多 400 份）
         * @description 乡镇用户只看本乡镇；revision 大于 1 表示报送后又更正过；统计分析人员不看摘要。
         */
        get: operations["QueryReportsController_filed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispute-screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 排查登记列表（乡镇、村用户只看本乡镇）
         * @description 按乡镇、村、月份、易激化、化解情况（或是否已化解）、类型筛选。含当事人信息，统计分析人员请用 /summary。
         */
        get: operations["QueryScreeningsController_list"];
        put?: never;
        /**
         * 登记月度矛盾纠纷排查（村信访联络员、乡镇信访专干；只能登记本乡镇）
         * @description 当事人、事由和措施只保存在办理服务；发出的事件只含编号、区划代码、月份、类型、易激化标记和化解情况。
         */
        post: operations["RecordScreeningController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispute-screenings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 排查登记详情与跟进记录 */
        get: operations["QueryScreeningsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 更新化解情况（县信访局、本乡镇信访专干，或登记该纠纷的村信访联络员） */
        patch: operations["UpdateScreeningController_update"];
        trace?: never;
    };
    "/api/dispute-screenings/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 排查统计：排查数、已化解、易激化（不含个人信息） */
        get: operations["QueryScreeningsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/held-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 暂存的登记服务事件：先于其所需事件到达，等待中（非丢失）
         * @description 不予受理或满意度评价先于登记到达时暂存，待该信访件建案后按原顺序应用；重复/越级信访先于原信访件到达时等待原案件，超过 REPEAT_LINK_WAIT_MS 后自行建案。
         */
        get: operations["HeldEventsController_list"];
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
        WorkQueueItem: {
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            petitionId: string;
            status: string;
            /** @example 430599101000 */
            townshipCode: string;
            /** @example land-acquisition */
            categoryCode: string;
            /**
             * Format: date-time
             * @description 该环节的期限
             */
            dueAt: string | null;
        };
        WorkQueueBucket: {
            /** @description 案件数 */
            count: number;
            /** @description 其中该环节期限已届满的 */
            overdue: number;
            /** @description 信访件数：案件及并入其中的重复件、越级件（与信访件列表的行数一致） */
            petitions: number;
            /** @description 其中期限已届满的信访件数 */
            overduePetitions: number;
            /**
             * Format: date-time
             * @description 最早的期限
             */
            nextDueAt: string | null;
            /** @description 期限最近的前 5 件 */
            items: components["schemas"]["WorkQueueItem"][];
        };
        WorkQueueAcceptBucket: {
            /** @description 案件数 */
            count: number;
            /** @description 其中该环节期限已届满的 */
            overdue: number;
            /** @description 信访件数：案件及并入其中的重复件、越级件（与信访件列表的行数一致） */
            petitions: number;
            /** @description 其中期限已届满的信访件数 */
            overduePetitions: number;
            /**
             * Format: date-time
             * @description 最早的期限
             */
            nextDueAt: string | null;
            /** @description 期限最近的前 5 件 */
            items: components["schemas"]["WorkQueueItem"][];
            /** @description 仍在 5 个工作日异议期内的 */
            objectionOpen: number;
            /**
             * Format: date-time
             * @description 最早届满的异议期
             */
            nextObjectionBy: string | null;
        };
        WorkQueueBuckets: {
            /** @description 待转送交办（登记后 15 日内，第二十二条） */
            toRoute: components["schemas"]["WorkQueueBucket"];
            /** @description 待受理（收到后 15 日内书面告知，5 个工作日内可提出异议，第二十三条） */
            toAccept: components["schemas"]["WorkQueueAcceptBucket"];
            /** @description 待答复（受理后 60 日内，第三十四条） */
            toReply: components["schemas"]["WorkQueueBucket"];
            /** @description 待领导包案（集体访、重复访、越级访、信访老户，包案后方可受理） */
            toOwn: components["schemas"]["WorkQueueBucket"];
            /** @description 我包案的在办案件 */
            owned: components["schemas"]["WorkQueueBucket"];
            /** @description 7 日内到期（转送、受理告知、答复、复查复核意见期限） */
            dueThisWeek: components["schemas"]["WorkQueueBucket"];
            /** @description 已超期 */
            overdue: components["schemas"]["WorkQueueBucket"];
            /** @description 督办中 */
            supervised: components["schemas"]["WorkQueueBucket"];
        };
        DutyLeader: {
            /** @example 430599101000 */
            townshipCode: string;
            leaderId: string;
            /** @example 清水镇党委书记 */
            leaderName: string;
        };
        DutyToday: {
            /**
             * @description 今天（北京时间）
             * @example 2026-12-04
             */
            date: string;
            /** @description 今日接访领导（本乡镇；县级为各乡镇） */
            leaders: components["schemas"]["DutyLeader"][];
            /** @description 今天由我接访 */
            mine: boolean;
        };
        WorkQueueResponse: {
            /** Format: date-time */
            asOf: string;
            /** @description 我所在的承办单位（部门，或本乡镇人民政府）；县级为 null（各单位） */
            unitCodes: string[] | null;
            buckets: components["schemas"]["WorkQueueBuckets"];
            dutyToday: components["schemas"]["DutyToday"];
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
        CaseUnitView: {
            /** @example dept-hrss */
            code: string;
            /** @example 县人力资源和社会保障局 */
            name: string;
            /** @enum {string} */
            kind: "township" | "department" | "political-legal" | "discipline";
            /** @description 乡镇政府所在乡镇 */
            townshipCode: string | null;
        };
        CaseFlagsView: {
            /** @description 集体访 */
            collective: boolean;
            /** @description 重复访 */
            repeat: boolean;
            /** @description 越级访 */
            skipLevel: boolean;
            /** @description 信访老户 */
            longStanding: boolean;
        };
        CaseDeadlinesView: {
            /**
             * Format: date-time
             * @description 转送告知期限
             */
            routeBy?: string;
            /**
             * Format: date-time
             * @description 受理告知期限（收到后 15 日）
             */
            acceptanceNoticeBy?: string;
            /**
             * Format: date-time
             * @description 异议期限（收到后 5 个工作日）
             */
            objectionBy?: string;
            /**
             * Format: date-time
             * @description 答复期限（受理后 60 日，延期后顺延）
             */
            replyBy?: string;
            /**
             * Format: date-time
             * @description 交办报结期限
             */
            assignmentReportBy?: string;
            /**
             * Format: date-time
             * @description 申请复查（复核）期限
             */
            reviewRequestBy?: string;
            /**
             * Format: date-time
             * @description 复查（复核）意见期限
             */
            reviewDecisionBy?: string;
            /**
             * Format: date-time
             * @description 督办期限
             */
            supervisionDueBy?: string;
        };
        CaseExtensionView: {
            days: number;
            reason: string;
            /** @description 批准的领导 */
            approvedBy: string;
        };
        CaseReplyView: {
            /** @enum {string} */
            outcome: "support" | "explain" | "not-support";
            /** Format: date-time */
            repliedAt: string;
            /** @description 按期答复 */
            onTime: boolean | null;
        };
        CaseSupervisionView: {
            /**
             * Format: date-time
             * @description 督办时间
             */
            at: string;
            /**
             * Format: date-time
             * @description 要求办结的期限
             */
            dueAt: string;
            /** @description 督办事由 */
            reason: string;
            /** @description 累计督办次数 */
            count: number;
            /** @description 督办人 */
            supervisedBy: string | null;
            /**
             * Format: date-time
             * @description 被督办环节办结（答复、不予受理、复查复核意见、办结）的时间；仍在办理时为 null
             */
            completedAt: string | null;
            /**
             * @description open 督办中未到期，overdue 超期未办结，fulfilled 按期办结，late 逾期办结
             * @enum {string}
             */
            state: "open" | "overdue" | "fulfilled" | "late";
        };
        CaseSummaryView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            petitionId: string;
            /** @enum {string} */
            status: "registered" | "transferred" | "assigned" | "accepted" | "rejected" | "refused" | "replied" | "review" | "reviewed" | "re-review" | "closed";
            townshipCode: string;
            villageCode: string | null;
            /** @enum {string} */
            channel: "visit" | "letter" | "online" | "phone";
            categoryCode: string;
            handlingUnitCode: string | null;
            handlingUnit: components["schemas"]["CaseUnitView"] | null;
            /** @description 包案领导 */
            ownerId: string | null;
            /**
             * @description 包案领导姓名
             * @example 清水镇党委书记 刘国强
             */
            ownerName: string | null;
            /** @description 须先由领导包案（集体访、越级访、重复访、信访老户） */
            ownershipRequired: boolean;
            flags: components["schemas"]["CaseFlagsView"];
            /** @description 检举控告 */
            isAccusation: boolean;
            /** @description 接访领导 */
            receptionLeaderId: string | null;
            /** @description 并入本案的重复件、越级件 */
            linkedPetitionIds: string[];
            /** Format: date-time */
            receivedAt: string;
            deadlines: components["schemas"]["CaseDeadlinesView"];
            /** @description 已超期的法定义务 */
            overdue: ("route" | "acceptance-notice" | "objection" | "reply" | "assignment-report" | "review-request" | "review-decision" | "supervision")[];
            extension: components["schemas"]["CaseExtensionView"] | null;
            reply: components["schemas"]["CaseReplyView"] | null;
            /**
             * @description 信访人评价
             * @enum {string|null}
             */
            evaluation: "satisfied" | "basically-satisfied" | "unsatisfied" | null;
            /** @description 复核终结 */
            final: boolean;
            /** Format: date-time */
            closedAt: string | null;
            /** @description 最近一次督办（案件列表与详情中给出；未督办为 null） */
            supervision?: components["schemas"]["CaseSupervisionView"] | null;
        };
        CasePageResponse: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["CaseSummaryView"][];
        };
        ProposedUnitView: {
            code: string;
            name: string;
        };
        CaseTimelineEntry: {
            /** Format: date-time */
            at: string;
            /**
             * @description opened、petition-linked、transferred、assigned、routing-objected、accepted、rejected、refused-as-repeat、leader-took-ownership、deadline-extended、replied、evaluated、review-requested、hearing-recorded、review-decided、supervised、escalated、reminded、overdue、mediated、note-added、closed
             * @example accepted
             */
            type: string;
            /** @description 信访人可见（公开进展） */
            public: boolean;
            actorId: string | null;
            actorRole: string | null;
            /**
             * @description 经办人姓名（登录时的姓名；早期记录为空）
             * @example 清水镇信访专干 李娟
             */
            actorName: string | null;
            /**
             * @description 中文摘要
             * @example 县人力资源和社会保障局受理
             */
            summary: string;
        };
        CaseDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            petitionId: string;
            /** @enum {string} */
            status: "registered" | "transferred" | "assigned" | "accepted" | "rejected" | "refused" | "replied" | "review" | "reviewed" | "re-review" | "closed";
            townshipCode: string;
            villageCode: string | null;
            /** @enum {string} */
            channel: "visit" | "letter" | "online" | "phone";
            categoryCode: string;
            handlingUnitCode: string | null;
            handlingUnit: components["schemas"]["CaseUnitView"] | null;
            /** @description 包案领导 */
            ownerId: string | null;
            /**
             * @description 包案领导姓名
             * @example 清水镇党委书记 刘国强
             */
            ownerName: string | null;
            /** @description 须先由领导包案（集体访、越级访、重复访、信访老户） */
            ownershipRequired: boolean;
            flags: components["schemas"]["CaseFlagsView"];
            /** @description 检举控告 */
            isAccusation: boolean;
            /** @description 接访领导 */
            receptionLeaderId: string | null;
            /** @description 并入本案的重复件、越级件 */
            linkedPetitionIds: string[];
            /** Format: date-time */
            receivedAt: string;
            deadlines: components["schemas"]["CaseDeadlinesView"];
            /** @description 已超期的法定义务 */
            overdue: ("route" | "acceptance-notice" | "objection" | "reply" | "assignment-report" | "review-request" | "review-decision" | "supervision")[];
            extension: components["schemas"]["CaseExtensionView"] | null;
            reply: components["schemas"]["CaseReplyView"] | null;
            /**
             * @description 信访人评价
             * @enum {string|null}
             */
            evaluation: "satisfied" | "basically-satisfied" | "unsatisfied" | null;
            /** @description 复核终结 */
            final: boolean;
            /** Format: date-time */
            closedAt: string | null;
            /** @description 最近一次督办（案件列表与详情中给出；未督办为 null） */
            supervision?: components["schemas"]["CaseSupervisionView"] | null;
            /** @description 待转送时：分流规则建议的承办单位（没有适用规则时为 null） */
            proposedUnit?: components["schemas"]["ProposedUnitView"] | null;
            /** @description 流程记录（调用者仍可查看该案件时） */
            timeline?: components["schemas"]["CaseTimelineEntry"][];
            /** @description 调用者现在可以对案件执行的操作（POST /api/cases/:id/<action>；mediate 即 mediations） */
            allowedActions?: ("transfer" | "assign" | "object" | "take-ownership" | "accept" | "reject" | "refuse" | "extend" | "reply" | "supervise" | "request-review" | "record-hearing" | "decide-review" | "close" | "note" | "mediate")[];
        };
        TransferBody: {
            /** @example dept-natural-resources */
            unitCode: string;
            /** @example 属征地补偿事项，转县自然资源局依法处理。 */
            reason: string;
        };
        AssignBody: {
            /** @example dept-natural-resources */
            unitCode: string;
            /** @example 属征地补偿事项，转县自然资源局依法处理。 */
            reason: string;
            /** @description 交办期限（报送办理结果） */
            dueAt: string;
        };
        ObjectBody: {
            /** @example 该地块属县交通运输局项目用地，补偿由项目业主负责。 */
            reason: string;
        };
        RejectBody: {
            /**
             * @description legal-procedure 应通过诉讼、仲裁等法定途径解决；not-competent 不属本单位职权；not-a-petition-matter 不属信访事项
             * @default other
             * @enum {string}
             */
            ground: "legal-procedure" | "not-competent" | "not-a-petition-matter" | "other";
            reason: string;
        };
        RefuseBody: {
            /** @example 该事项已于 2025 年办结并经复查维持，信访人未提出新的事实和理由。 */
            reason: string;
            /** @description 此前已办理的同一事项信访件 */
            earlierPetitionId?: string;
        };
        ExtendBody: {
            days: number;
            /** @description 延期理由，将告知信访人 */
            reason: string;
        };
        ReplyBody: {
            /**
             * @description support 支持 / explain 解释说明 / not-support 不予支持
             * @enum {string}
             */
            outcome: "support" | "explain" | "not-support";
            /** @description 信访处理意见书正文 */
            text: string;
        };
        SuperviseBody: {
            /** @description 督办期限 */
            dueAt: string;
            reason: string;
        };
        RequestReviewBody: {
            reason: string;
        };
        HearingBody: {
            /** @description 听证所用天数，不计入复核期限 */
            days: number;
            note?: string;
        };
        DecideReviewBody: {
            /**
             * @description upheld 维持 / changed 变更 / revoked 撤销
             * @enum {string}
             */
            outcome: "upheld" | "changed" | "revoked";
            /** @description 复查（复核）意见书正文 */
            text: string;
        };
        NoteBody: {
            text: string;
            /** @description true：信访人凭查询码可见的办理进展；false：内部记录 */
            public: boolean;
        };
        MediationBody: {
            /** @example 刘明（镇人民调解委员会） */
            mediator: string;
            /** @example 信访人王某某；村委会代表 */
            parties: string;
            /** @enum {string} */
            outcome: "resolved" | "partially-resolved" | "unresolved";
            note?: string;
        };
        DutyDayView: {
            /**
             * Format: date
             * @example 2026-03-02
             */
            date: string;
            /** @example leader-qingshui-01 */
            leaderId: string;
            /** @example 张镇长 */
            leaderName: string;
        };
        RosterCalendarDayView: {
            /**
             * Format: date
             * @example 2026-10-01
             */
            date: string;
            /** @description 工作日（可安排接访） */
            working: boolean;
            /**
             * @description workday 工作日，adjusted 调休上班，weekend 周末，holiday 法定节假日
             * @enum {string}
             */
            kind: "workday" | "adjusted" | "weekend" | "holiday";
            /** @example 国庆节 */
            name: string | null;
        };
        DutyRosterResponse: {
            townshipCode: string;
            /** @example 2026-03 */
            month: string;
            days: components["schemas"]["DutyDayView"][];
            /** @description 尚未排班的工作日 */
            unassignedWorkingDays: string[];
            /** @description 该月每一天：是否工作日，节假日与调休上班日的名称 */
            calendar: components["schemas"]["RosterCalendarDayView"][];
        };
        DutyLeaderView: {
            /** @example leader-430599101000-1 */
            leaderId: string;
            /** @example 清水镇党委书记 */
            leaderName: string;
            /**
             * Format: date
             * @description 最近一次（或下一次）排班的日期
             */
            lastDutyOn: string;
            /** @description 排班天数 */
            days: number;
        };
        DutyLeadersResponse: {
            townshipCode: string;
            items: components["schemas"]["DutyLeaderView"][];
        };
        DutyDayInput: {
            /** @example 2026-03-02 */
            date: string;
            /** @example leader-qingshui-01 */
            leaderId: string;
            /** @example 张镇长 */
            leaderName: string;
        };
        RosterBody: {
            townshipCode: string;
            /** @example 2026-03 */
            month: string;
            days: components["schemas"]["DutyDayInput"][];
        };
        CalendarDayView: {
            /**
             * Format: date
             * @example 2027-02-06
             */
            date: string;
            /**
             * @description holiday 法定节假日；workday 调休上班日
             * @enum {string}
             */
            kind: "holiday" | "workday";
            /** @example 春节 */
            name: string;
        };
        CalendarDaysResponse: {
            days: components["schemas"]["CalendarDayView"][];
        };
        CalendarDayInput: {
            /** @example 2027-02-06 */
            date: string;
            /**
             * @description holiday 法定节假日；workday 调休上班日
             * @enum {string}
             */
            kind: "holiday" | "workday";
            /** @example 春节 */
            name: string;
        };
        CalendarBody: {
            days: components["schemas"]["CalendarDayInput"][];
        };
        CalendarYearReplacedResponse: {
            /** @example 2027 */
            year: number;
            days: components["schemas"]["CalendarDayView"][];
            /** @description 重算了期限的在办案件数 */
            recomputedCases: number;
        };
        CalendarYearResponse: {
            /** @example 2027 */
            year: number;
            /** @description true：该年度国务院办公厅放假安排尚未录入，期限只按周末计算（节假日未计入） */
            provisional: boolean;
            days: components["schemas"]["CalendarDayView"][];
        };
        RoutingRuleView: {
            /** @example labour-wages */
            categoryCode: string;
            /** @description null：适用于所有乡镇 */
            townshipCode: string | null;
            /**
             * @description 承办单位代码；@township 表示所在乡镇政府
             * @example dept-hrss
             */
            unitCode: string;
        };
        RoutingRulesResponse: {
            rules: components["schemas"]["RoutingRuleView"][];
        };
        RoutingRuleInput: {
            /** @example land-acquisition */
            categoryCode: string;
            /** @description 只适用于该乡镇；不填则适用于全县 */
            townshipCode?: string;
            /**
             * @description 承办单位代码，或 @township 表示案件所在乡镇
             * @example dept-natural-resources
             */
            unitCode: string;
        };
        RoutingRulesBody: {
            rules: components["schemas"]["RoutingRuleInput"][];
        };
        EscalationStepView: {
            /** @description 超期多少天后 */
            afterDays: number;
            /**
             * @description reminder 提醒；supervision 督办；report-up 上报
             * @enum {string}
             */
            step: "reminder" | "supervision" | "report-up";
        };
        CaseworkSettingsResponse: {
            /** @description 期限届满前几天提醒 */
            reminderDaysBefore: number;
            escalationSteps: components["schemas"]["EscalationStepView"][];
        };
        EscalationStepInput: {
            /** @description 超期多少日后 */
            afterDays: number;
            /**
             * @description reminder 提醒 / supervision 督办 / report-up 上报
             * @enum {string}
             */
            step: "reminder" | "supervision" | "report-up";
        };
        SettingsBody: {
            /** @description 期限届满前几日提醒（默认 3） */
            reminderDaysBefore?: number;
            escalationSteps?: components["schemas"]["EscalationStepInput"][];
        };
        OpenPeriodBody: {
            /** @example 2026年春节期间 */
            name: string;
            /**
             * @description 第一天（含）
             * @example 2026-02-14
             */
            from: string;
            /**
             * @description 最后一天（含）
             * @example 2026-02-24
             */
            to: string;
            /**
             * @description every-day 每天都报（含周末、节假日，敏感时期的通常做法）；working-days 只在工作日报（按县里的节假日与调休日历）
             * @default every-day
             * @enum {string}
             */
            reportDays: "every-day" | "working-days";
        };
        SensitivePeriodView: {
            /** Format: uuid */
            id: string;
            /** @example 全国两会期间 */
            name: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /**
             * Format: date
             * @description 最后一个报送日：to，或提前结束的那天
             */
            lastReportDay: string;
            /**
             * @description every-day 每天；working-days 仅工作日
             * @enum {string}
             */
            reportDays: "every-day" | "working-days";
            /**
             * @description 每天的报送截止时间（北京时间）
             * @example 17:00
             */
            deadline: string;
            /**
             * @description upcoming 未开始；open 进行中；ended 已结束；closed 已提前结束
             * @enum {string}
             */
            status: "upcoming" | "open" | "ended" | "closed";
            /** Format: date-time */
            openedAt: string;
            openedBy: string;
            /** Format: date-time */
            closedAt: string | null;
            closedBy: string | null;
        };
        SensitivePeriodListResponse: {
            items: components["schemas"]["SensitivePeriodView"][];
        };
        TownshipReportProgress: {
            townshipCode: string;
            townshipName: string;
            /** @description 已报天数 */
            filed: number;
            /** @description 零报告天数 */
            zero: number;
            /** @description 有情况的天数 */
            withIncidents: number;
            /** @description 补报天数 */
            late: number;
            /** @description 漏报天数 */
            missing: number;
            missingDays: string[];
        };
        SensitivePeriodProgressResponse: {
            /** Format: uuid */
            id: string;
            /** @example 全国两会期间 */
            name: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /**
             * Format: date
             * @description 最后一个报送日：to，或提前结束的那天
             */
            lastReportDay: string;
            /**
             * @description every-day 每天；working-days 仅工作日
             * @enum {string}
             */
            reportDays: "every-day" | "working-days";
            /**
             * @description 每天的报送截止时间（北京时间）
             * @example 17:00
             */
            deadline: string;
            /**
             * @description upcoming 未开始；open 进行中；ended 已结束；closed 已提前结束
             * @enum {string}
             */
            status: "upcoming" | "open" | "ended" | "closed";
            /** Format: date-time */
            openedAt: string;
            openedBy: string;
            /** Format: date-time */
            closedAt: string | null;
            closedBy: string | null;
            /** @description 截至目前应报的天数 */
            daysDue: number;
            townships: components["schemas"]["TownshipReportProgress"][];
        };
        FileReportBody: {
            /** @example 430599101000 */
            townshipCode: string;
            /**
             * @description 报告的日期（当天或之前，须在敏感时期内）
             * @example 2026-02-16
             */
            date: string;
            /** @description false：无信访情况（零报告，也是有效报告） */
            hasIncidents: boolean;
            /**
             * @description 情况摘要；有信访情况时必填
             * @example 石桥村 6 名村民反映征地补偿问题，已由镇包村干部现场接待，情绪稳定。
             */
            summary?: string;
        };
        ZeroReportView: {
            /** Format: uuid */
            periodId: string;
            townshipCode: string;
            /** Format: date */
            date: string;
            /** @description false：零报告（无情况） */
            hasIncidents: boolean;
            /** @description 情况摘要（统计分析人员看不到此项） */
            summary?: string | null;
            /** @description 截止时间后报送（补报） */
            late: boolean;
            /** @description 第几次报送（更正时递增） */
            revision: number;
            /** Format: date-time */
            firstFiledAt: string;
            /** Format: date-time */
            filedAt: string;
            filedBy: string;
        };
        ReportDayCounts: {
            townships: number;
            filed: number;
            zero: number;
            withIncidents: number;
            late: number;
            missing: number;
            pending: number;
            notRequired: number;
        };
        TownshipReportOfDay: {
            townshipCode: string;
            townshipName: string;
            /**
             * @description filed 已报；missing 截止时间已过未报；pending 未到截止时间；not-required 当天无需报送
             * @enum {string}
             */
            status: "filed" | "missing" | "pending" | "not-required";
            report: components["schemas"]["ZeroReportView"] | null;
        };
        ReportDayResponse: {
            period: components["schemas"]["SensitivePeriodView"];
            /** Format: date */
            date: string;
            /** @description 当天是报送日 */
            reportDay: boolean;
            /** @description 当天的报告已到期应报 */
            owed: boolean;
            /** Format: date-time */
            deadlineAt: string;
            counts: components["schemas"]["ReportDayCounts"];
            townships: components["schemas"]["TownshipReportOfDay"][];
        };
        FiledReport: {
            /** Format: uuid */
            periodId: string;
            townshipCode: string;
            /** Format: date */
            date: string;
            /** @description false：零报告（无情况） */
            hasIncidents: boolean;
            /** @description 情况摘要（统计分析人员看不到此项） */
            summary?: string | null;
            /** @description 截止时间后报送（补报） */
            late: boolean;
            /** @description 第几次报送（更正时递增） */
            revision: number;
            /** Format: date-time */
            firstFiledAt: string;
            /** Format: date-time */
            filedAt: string;
            filedBy: string;
            townshipName: string;
            /** @description 所属敏感时期的名称 */
            periodName: string;
        };
        FiledReportsResponse: {
            items: components["schemas"]["FiledReport"][];
        };
        RecordScreeningBody: {
            /**
             * @description 排查月份
             * @example 2026-03
             */
            month: string;
            /** @example 430599101000 */
            townshipCode: string;
            /**
             * @description 村（社区）；省略为乡镇本级排查
             * @example 430599101201
             */
            villageCode?: string;
            /**
             * @description land-forest-water 土地山林水利 / land-acquisition 征地拆迁 / neighbourhood 邻里 / marriage-family 婚姻家庭 / labour-wages 劳资 / contract-debt 合同债务 / environment 环境污染 / medical 医疗 / traffic 交通事故 / other 其他
             * @enum {string}
             */
            category?: "land-forest-water" | "land-acquisition" | "neighbourhood" | "marriage-family" | "labour-wages" | "contract-debt" | "environment" | "medical" | "traffic" | "other";
            /**
             * @description 当事人（只保存在办理服务，不进入任何事件）
             * @example 石桥村三组张某某与李某某两户
             */
            parties: string;
            /** @example 宅基地边界争议，双方多次争吵 */
            matter: string;
            /**
             * @description 涉及人数
             * @example 6
             */
            peopleInvolved?: number;
            /** @description 易激化 */
            easilyEscalating: boolean;
            /**
             * @description in-progress 化解中 / resolved 已化解 / escalated 已上报（乡镇、县） / referred 已移交（有关部门、人民调解、司法途径）
             * @enum {string}
             */
            outcome: "in-progress" | "resolved" | "escalated" | "referred";
            /** @example 村调委会已组织双方现场勘界 */
            measures?: string;
        };
        ScreeningView: {
            /** Format: uuid */
            id: string;
            /** @example 2026-11 */
            month: string;
            townshipCode: string;
            villageCode: string | null;
            /** @enum {string|null} */
            category: "land-forest-water" | "land-acquisition" | "neighbourhood" | "marriage-family" | "labour-wages" | "contract-debt" | "environment" | "medical" | "traffic" | "other" | null;
            /** @description 当事人 */
            parties: string;
            /** @description 纠纷事由 */
            matter: string;
            peopleInvolved: number | null;
            /** @description 易激化 */
            easilyEscalating: boolean;
            /** @enum {string} */
            outcome: "in-progress" | "resolved" | "escalated" | "referred";
            /** @description 化解措施 */
            measures: string | null;
            version: number;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            recordedByRole: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @description 当前用户可更新化解情况（县信访局、本乡镇信访专干、登记该纠纷的联络员） */
            mayUpdate: boolean;
        };
        UpdateScreeningBody: {
            /**
             * @description in-progress 化解中 / resolved 已化解 / escalated 已上报（乡镇、县） / referred 已移交（有关部门、人民调解、司法途径）
             * @enum {string}
             */
            outcome?: "in-progress" | "resolved" | "escalated" | "referred";
            /** @description 易激化 */
            easilyEscalating?: boolean;
            measures?: string;
        };
        ScreeningPageResponse: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["ScreeningView"][];
        };
        ScreeningSummaryResponse: {
            /** @description 排查数 */
            screened: number;
            /** @description 已化解 */
            resolved: number;
            /** @description 易激化 */
            easilyEscalating: number;
            /** @description 易激化且未化解 */
            easilyEscalatingUnresolved: number;
            /** @description 涉及人数 */
            peopleInvolved: number;
            /** @description 化解率 0..1；无排查时为 null */
            resolutionRate: number | null;
            /** @description 按化解情况 */
            byOutcome: {
                [key: string]: number;
            };
            /** @description 按类型（未填为 unspecified） */
            byCategory: {
                [key: string]: number;
            };
            /** @description 按乡镇 */
            byTownship: {
                [key: string]: number;
            };
        };
        ScreeningChangeView: {
            version: number;
            /** Format: date-time */
            at: string;
            by: string;
            role: string;
            /** @enum {string} */
            outcome: "in-progress" | "resolved" | "escalated" | "referred";
            easilyEscalating: boolean;
            measures: string | null;
        };
        ScreeningDetailResponse: {
            /** Format: uuid */
            id: string;
            /** @example 2026-11 */
            month: string;
            townshipCode: string;
            villageCode: string | null;
            /** @enum {string|null} */
            category: "land-forest-water" | "land-acquisition" | "neighbourhood" | "marriage-family" | "labour-wages" | "contract-debt" | "environment" | "medical" | "traffic" | "other" | null;
            /** @description 当事人 */
            parties: string;
            /** @description 纠纷事由 */
            matter: string;
            peopleInvolved: number | null;
            /** @description 易激化 */
            easilyEscalating: boolean;
            /** @enum {string} */
            outcome: "in-progress" | "resolved" | "escalated" | "referred";
            /** @description 化解措施 */
            measures: string | null;
            version: number;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            recordedByRole: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @description 当前用户可更新化解情况（县信访局、本乡镇信访专干、登记该纠纷的联络员） */
            mayUpdate: boolean;
            /** @description 每次更新的记录 */
            history: components["schemas"]["ScreeningChangeView"][];
        };
        HeldEventView: {
            /** @example intake.petition.refused.v1 */
            subject: string;
            /** Format: uuid */
            eventId: string;
            /**
             * Format: uuid
             * @description 事件所属信访件
             */
            petitionId: string;
            /**
             * Format: uuid
             * @description 所等待的信访件（其案件建立后即应用本事件）
             */
            awaitedPetitionId: string;
            /**
             * @description case：等待本信访件登记建案；original-case：重复/越级信访等待原信访件的案件，到期后自行建案
             * @enum {string}
             */
            waitingFor: "case" | "original-case";
            townshipCode: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            heldAt: string;
            /**
             * Format: date-time
             * @description 到期后不再等待原信访件（仅 original-case）
             */
            releaseAfter: string | null;
        };
        HeldEventsResponse: {
            /** @description 暂存事件总数 */
            total: number;
            /** @description 最早暂存的在前 */
            items: components["schemas"]["HeldEventView"][];
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
    WorkQueueController_get: {
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
                    "application/json": components["schemas"]["WorkQueueResponse"];
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
    QueryCasesController_list: {
        parameters: {
            query?: {
                petitionId?: string;
                townshipCode?: string;
                status?: "registered" | "transferred" | "assigned" | "accepted" | "rejected" | "refused" | "replied" | "review" | "reviewed" | "re-review" | "closed";
                /** @description 有已届满而未完成的期限 */
                overdue?: "true" | "false";
                handlingUnitCode?: string;
                /** @description 包案领导；me 表示调用者本人 */
                ownerId?: string;
                /** @description 待领导包案：集体访、重复访、越级访、信访老户的案件，尚未受理且无领导包案 */
                awaitingOwner?: "true" | "false";
                /** @description 仍在办理（登记、转送、交办、受理、复查、复核中） */
                open?: "true" | "false";
                /** @description 曾被督办；为 true 时按督办办理情况排序：未办结的期限近的在前 */
                supervised?: "true" | "false";
                /** @description 最近一次督办的办理情况，可多选（逗号分隔）：open 督办中未到期，overdue 超期未办结，fulfilled 按期办结，late 逾期办结 */
                supervision?: string;
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
                    "application/json": components["schemas"]["CasePageResponse"];
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
    QueryCasesController_detail: {
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
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    RouteCaseController_transfer: {
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
                "application/json": components["schemas"]["TransferBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    RouteCaseController_assign: {
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
                "application/json": components["schemas"]["AssignBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    RouteCaseController_object: {
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
                "application/json": components["schemas"]["ObjectBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    AcceptCaseController_accept: {
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
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    AcceptCaseController_reject: {
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
                "application/json": components["schemas"]["RejectBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    AcceptCaseController_refuse: {
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
                "application/json": components["schemas"]["RefuseBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    TakeOwnershipController_takeOwnership: {
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
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    ExtendDeadlineController_extend: {
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
                "application/json": components["schemas"]["ExtendBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    ReplyToCaseController_reply: {
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
                "application/json": components["schemas"]["ReplyBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    SuperviseCaseController_supervise: {
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
                "application/json": components["schemas"]["SuperviseBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    ReviewCaseController_requestReview: {
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
                "application/json": components["schemas"]["RequestReviewBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    ReviewCaseController_recordHearing: {
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
                "application/json": components["schemas"]["HearingBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    ReviewCaseController_decideReview: {
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
                "application/json": components["schemas"]["DecideReviewBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    CloseCaseController_close: {
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
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    AddNoteController_note: {
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
                "application/json": components["schemas"]["NoteBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    RecordMediationController_mediate: {
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
                "application/json": components["schemas"]["MediationBody"];
            };
        };
        responses: {
            /** @description 执行后的案件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailResponse"];
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
    DutyRosterController_get: {
        parameters: {
            query: {
                townshipCode: string;
                month: string;
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
                    "application/json": components["schemas"]["DutyRosterResponse"];
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
    DutyRosterController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRosterResponse"];
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
    DutyRosterController_leaders: {
        parameters: {
            query: {
                townshipCode: string;
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
                    "application/json": components["schemas"]["DutyLeadersResponse"];
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
    CalendarController_list: {
        parameters: {
            query?: {
                year?: number;
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
                    "application/json": components["schemas"]["CalendarDaysResponse"];
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
    CalendarYearController_year: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
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
                    "application/json": components["schemas"]["CalendarYearResponse"];
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
    CalendarController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearReplacedResponse"];
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
    RoutingRulesController_list: {
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
                    "application/json": components["schemas"]["RoutingRulesResponse"];
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
    RoutingRulesController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingRulesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRulesResponse"];
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
    SettingsController_get: {
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
                    "application/json": components["schemas"]["CaseworkSettingsResponse"];
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
    SettingsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseworkSettingsResponse"];
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
    ManagePeriodsController_list: {
        parameters: {
            query?: {
                /** @description upcoming 未开始 / open 进行中 / ended 已到期 / closed 已提前关闭 */
                status?: "upcoming" | "open" | "ended" | "closed";
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
                    "application/json": components["schemas"]["SensitivePeriodListResponse"];
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
    ManagePeriodsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenPeriodBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SensitivePeriodView"];
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
    ManagePeriodsController_detail: {
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
                content: {
                    "application/json": components["schemas"]["SensitivePeriodProgressResponse"];
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
    ManagePeriodsController_close: {
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
                content: {
                    "application/json": components["schemas"]["SensitivePeriodView"];
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
    QueryReportsController_day: {
        parameters: {
            query?: {
                /** @description 敏感时期；省略时取包含 date 的敏感时期 */
                periodId?: string;
                /** @description 省略时为今天（限于敏感时期内） */
                date?: string;
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
                    "application/json": components["schemas"]["ReportDayResponse"];
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
    FileReportController_file: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileReportBody"];
            };
        };
        responses: {
            /** @description 更正已报送的报告 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZeroReportView"];
                };
            };
            /** @description 首次报送 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZeroReportView"];
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
    QueryReportsController_filed: {
        parameters: {
            query?: {
                /** @description 敏感时期；省略时为所有敏感时期 */
                periodId?: string;
                /** @description 乡镇；乡镇用户只能是本乡镇 */
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
                    "application/json": components["schemas"]["FiledReportsResponse"];
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
    QueryScreeningsController_list: {
        parameters: {
            query?: {
                townshipCode?: string;
                villageCode?: string;
                month?: string;
                /** @description 起始月份（含） */
                from?: string;
                /** @description 截止月份（含） */
                to?: string;
                /** @description land-forest-water 土地山林水利 / land-acquisition 征地拆迁 / neighbourhood 邻里 / marriage-family 婚姻家庭 / labour-wages 劳资 / contract-debt 合同债务 / environment 环境污染 / medical 医疗 / traffic 交通事故 / other 其他 */
                category?: "land-forest-water" | "land-acquisition" | "neighbourhood" | "marriage-family" | "labour-wages" | "contract-debt" | "environment" | "medical" | "traffic" | "other";
                /** @description 易激化 */
                easilyEscalating?: "true" | "false";
                /** @description in-progress 化解中 / resolved 已化解 / escalated 已上报（乡镇、县） / referred 已移交（有关部门、人民调解、司法途径） */
                outcome?: "in-progress" | "resolved" | "escalated" | "referred";
                /** @description false：未化解（化解中、已上报、已移交）；true：已化解 */
                resolved?: "true" | "false";
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
                    "application/json": components["schemas"]["ScreeningPageResponse"];
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
    RecordScreeningController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordScreeningBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningView"];
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
    QueryScreeningsController_detail: {
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
                content: {
                    "application/json": components["schemas"]["ScreeningDetailResponse"];
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
    UpdateScreeningController_update: {
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
                "application/json": components["schemas"]["UpdateScreeningBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningView"];
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
    QueryScreeningsController_summary: {
        parameters: {
            query?: {
                townshipCode?: string;
                villageCode?: string;
                month?: string;
                /** @description 起始月份（含） */
                from?: string;
                /** @description 截止月份（含） */
                to?: string;
                /** @description land-forest-water 土地山林水利 / land-acquisition 征地拆迁 / neighbourhood 邻里 / marriage-family 婚姻家庭 / labour-wages 劳资 / contract-debt 合同债务 / environment 环境污染 / medical 医疗 / traffic 交通事故 / other 其他 */
                category?: "land-forest-water" | "land-acquisition" | "neighbourhood" | "marriage-family" | "labour-wages" | "contract-debt" | "environment" | "medical" | "traffic" | "other";
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
                    "application/json": components["schemas"]["ScreeningSummaryResponse"];
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
    HeldEventsController_list: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["HeldEventsResponse"];
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
