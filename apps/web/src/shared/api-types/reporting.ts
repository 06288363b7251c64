/**
 * reporting's API as TypeScript types, generated from the OpenAPI document it serves at /docs/json.
 * Do not edit: `npm run api:generate` rewrites this file (a test fails when it is stale).
 */

export interface paths {
    "/api/stats/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信访统计概要（全县、乡镇或村，任意时段）
         * @description 所述时段内收到的信访件的数字；closed 为其中截至目前已办结的。比率为 0..1 的小数，无可计数时为 null。satisfactionRate（满意率）按满意＋基本满意计，strictSatisfactionRate 只计满意。
         */
        get: operations["StatisticsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分列统计：按渠道、事项类别、承办单位、月份、村（社区）或乡镇 */
        get: operations["StatisticsController_breakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/complained-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 被反映较多的单位：转送、交办或承办的信访件数，及被检举控告件数 */
        get: operations["StatisticsController_complainedUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 年度信访工作自查报告（第四十一条）：乡镇或全县
         * @description format=json 返回数字与文字；docx 为 Word 报告（基本情况已按数据填写，主要做法、存在问题、下一步工作留待填写）；xlsx 为数字工作簿。
         */
        get: operations["AnnualReportController_annual"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 村级考核信访工作评分规则（分值与扣分项） */
        get: operations["AssessmentController_getRule"];
        /** 设置村级考核信访工作评分规则（县信访局） */
        put: operations["AssessmentController_putRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各村（社区）信访工作考核得分及扣分依据 */
        get: operations["AssessmentController_villages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 案件清单导出（CSV 或 XLSX），不含任何个人信息
         * @description 按收到时间排序，至多 200000 行。
         */
        get: operations["ExportsController_cases"];
        put?: never;
        /**
         * 按信访件编号导出案件清单（CSV 或 XLSX），不含任何个人信息
         * @description 控制台的信访件列表含全文检索、期限等报表服务无法筛选的条件时，按列表中的信访件编号导出（至多 2000 件；权限范围外的不导出）。
         */
        post: operations["ExportsController_casesByIds"];
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
        ChannelCounts: {
            /** @description 来访 */
            visit: number;
            /** @description 来信 */
            letter: number;
            /** @description 网上信访 */
            online: number;
            /** @description 来电 */
            phone: number;
        };
        SatisfactionFigures: {
            /** @description 可参评（已答复） */
            eligible: number;
            /** @description 已评价 */
            evaluated: number;
            satisfied: number;
            basicallySatisfied: number;
            unsatisfied: number;
        };
        AcceptanceFigures: {
            /** @description 已作出受理决定 */
            decided: number;
            /** @description 15 日内决定 */
            timely: number;
            accepted: number;
            rejected: number;
            refused: number;
        };
        ReplyFigures: {
            replied: number;
            /** @description 按期答复 */
            onTime: number;
            /** @description 延期的 */
            extended: number;
        };
        LeaderOwnedFigures: {
            /** @description 领导包案件数 */
            cases: number;
            /** @description 其中已化解 */
            resolved: number;
            resolutionRate: number | null;
        };
        RoutingFigures: {
            /** @description 转送次数 */
            transfers: number;
            /** @description 转送的件数 */
            transferredCases: number;
            /** @description 交办次数 */
            assignments: number;
            assignedCases: number;
            /** @description 督办次数 */
            supervisions: number;
            supervisedCases: number;
            /** @description 管辖异议 */
            objections: number;
        };
        DisputeScreeningFigures: {
            /** @description 排查数 */
            screened: number;
            resolved: number;
            inProgress: number;
            escalated: number;
            referred: number;
            /** @description 排查时为易激化 */
            easilyEscalating: number;
            /** @description 仍为易激化且未化解 */
            unresolvedEasilyEscalating: number;
            peopleInvolved: number;
            resolutionRate: number | null;
        };
        MediationFigures: {
            casesMediated: number;
            casesResolvedByMediation: number;
            /** @description 矛盾纠纷排查（所述时段涉及的排查月份；概要中才有） */
            disputes?: components["schemas"]["DisputeScreeningFigures"];
        };
        StatisticsSummaryResponse: {
            /** @description 收到的信访件 */
            received: number;
            byChannel: components["schemas"]["ChannelCounts"];
            /** @description 其中截至目前已办结 */
            closed: number;
            /** @description 办结率 */
            closureRate: number | null;
            /** @description 及时受理率 */
            timelyAcceptanceRate: number | null;
            /** @description 按期办结率 */
            onTimeClosureRate: number | null;
            /** @description 参评率 */
            evaluationRate: number | null;
            /** @description 满意率（满意＋基本满意） */
            satisfactionRate: number | null;
            /** @description 重复访 */
            repeat: number;
            /** @description 越级访 */
            skipLevel: number;
            /** @description 集体访 */
            collective: number;
            /**
             * @description 满意率的计法
             * @enum {string}
             */
            satisfactionCounting: "satisfied+basically-satisfied";
            /** @description 只计满意 */
            strictSatisfactionRate: number | null;
            satisfaction: components["schemas"]["SatisfactionFigures"];
            acceptance: components["schemas"]["AcceptanceFigures"];
            replies: components["schemas"]["ReplyFigures"];
            leaderOwned: components["schemas"]["LeaderOwnedFigures"];
            routing: components["schemas"]["RoutingFigures"];
            /** @description 超期案件 */
            overdueCases: number;
            /** @description 升级处理的案件 */
            escalatedCases: number;
            /** @description 复查复核的案件 */
            reviewedCases: number;
            /** @description 信访老户的信访件 */
            longStanding: number;
            /** @description 县级登记 */
            countyLevel: number;
            /** @description 检举控告 */
            accusations: number;
            mediation: components["schemas"]["MediationFigures"];
            /** @description 乡镇；全县为 null */
            townshipCode: string | null;
            villageCode: string | null;
            /** @description 时段起（查询所给） */
            from: string | null;
            /** @description 时段止（查询所给） */
            to: string | null;
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
        BreakdownItem: {
            /** @description 收到的信访件 */
            received: number;
            byChannel: components["schemas"]["ChannelCounts"];
            /** @description 其中截至目前已办结 */
            closed: number;
            /** @description 办结率 */
            closureRate: number | null;
            /** @description 及时受理率 */
            timelyAcceptanceRate: number | null;
            /** @description 按期办结率 */
            onTimeClosureRate: number | null;
            /** @description 参评率 */
            evaluationRate: number | null;
            /** @description 满意率（满意＋基本满意） */
            satisfactionRate: number | null;
            /** @description 重复访 */
            repeat: number;
            /** @description 越级访 */
            skipLevel: number;
            /** @description 集体访 */
            collective: number;
            /**
             * @description 满意率的计法
             * @enum {string}
             */
            satisfactionCounting: "satisfied+basically-satisfied";
            /** @description 只计满意 */
            strictSatisfactionRate: number | null;
            satisfaction: components["schemas"]["SatisfactionFigures"];
            acceptance: components["schemas"]["AcceptanceFigures"];
            replies: components["schemas"]["ReplyFigures"];
            leaderOwned: components["schemas"]["LeaderOwnedFigures"];
            routing: components["schemas"]["RoutingFigures"];
            /** @description 超期案件 */
            overdueCases: number;
            /** @description 升级处理的案件 */
            escalatedCases: number;
            /** @description 复查复核的案件 */
            reviewedCases: number;
            /** @description 信访老户的信访件 */
            longStanding: number;
            /** @description 县级登记 */
            countyLevel: number;
            /** @description 检举控告 */
            accusations: number;
            mediation: components["schemas"]["MediationFigures"];
            /**
             * @description 渠道、分类、单位、村或乡镇的代码，或月份（YYYY-MM）
             * @example visit
             */
            key: string | null;
            /** @example 来访 */
            name: string | null;
        };
        BreakdownResponse: {
            townshipCode: string | null;
            villageCode: string | null;
            from: string | null;
            to: string | null;
            /** @enum {string} */
            by: "channel" | "category" | "unit" | "month" | "village" | "township";
            items: components["schemas"]["BreakdownItem"][];
        };
        ComplainedUnit: {
            unitCode: string;
            unitName: string;
            /** @description 转送、交办或承办的信访件 */
            petitions: number;
            closed: number;
            overdueCases: number;
            supervisedCases: number;
            /** @description 被检举控告件数 */
            accusations: number;
        };
        ComplainedUnitsResponse: {
            townshipCode: string | null;
            villageCode: string | null;
            from: string | null;
            to: string | null;
            items: components["schemas"]["ComplainedUnit"][];
        };
        ReportPeriod: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
        };
        StatisticsFigures: {
            /** @description 收到的信访件 */
            received: number;
            byChannel: components["schemas"]["ChannelCounts"];
            /** @description 其中截至目前已办结 */
            closed: number;
            /** @description 办结率 */
            closureRate: number | null;
            /** @description 及时受理率 */
            timelyAcceptanceRate: number | null;
            /** @description 按期办结率 */
            onTimeClosureRate: number | null;
            /** @description 参评率 */
            evaluationRate: number | null;
            /** @description 满意率（满意＋基本满意） */
            satisfactionRate: number | null;
            /** @description 重复访 */
            repeat: number;
            /** @description 越级访 */
            skipLevel: number;
            /** @description 集体访 */
            collective: number;
            /**
             * @description 满意率的计法
             * @enum {string}
             */
            satisfactionCounting: "satisfied+basically-satisfied";
            /** @description 只计满意 */
            strictSatisfactionRate: number | null;
            satisfaction: components["schemas"]["SatisfactionFigures"];
            acceptance: components["schemas"]["AcceptanceFigures"];
            replies: components["schemas"]["ReplyFigures"];
            leaderOwned: components["schemas"]["LeaderOwnedFigures"];
            routing: components["schemas"]["RoutingFigures"];
            /** @description 超期案件 */
            overdueCases: number;
            /** @description 升级处理的案件 */
            escalatedCases: number;
            /** @description 复查复核的案件 */
            reviewedCases: number;
            /** @description 信访老户的信访件 */
            longStanding: number;
            /** @description 县级登记 */
            countyLevel: number;
            /** @description 检举控告 */
            accusations: number;
            mediation: components["schemas"]["MediationFigures"];
        };
        ReportRowByCode: {
            code: string | null;
            name: string;
            received: number;
            closed: number;
            closureRate: number | null;
        };
        ReportRowByMonth: {
            /** @example 2026-03 */
            month: string;
            /** @example 3月 */
            name: string;
            received: number;
            closed: number;
            closureRate: number | null;
        };
        ReportZeroReports: {
            /** @description 漏报天数 */
            missing: number;
            /** @description 补报天数 */
            late: number;
            /** @description 已报天数 */
            filed: number;
        };
        ReportSection: {
            /** @example 一、基本情况 */
            heading: string;
            /** @description 基本情况按数据写好；其余各节留待填写（null） */
            text: string | null;
        };
        AnnualReportResponse: {
            /** @example 清水镇2026年度信访工作自查报告 */
            title: string;
            year: number;
            /** @enum {string} */
            level: "township" | "county";
            townshipCode: string | null;
            /** @example 清水镇 */
            placeName: string;
            /** @example 清溪县 */
            countyName: string;
            period: components["schemas"]["ReportPeriod"];
            figures: components["schemas"]["StatisticsFigures"];
            byChannel: components["schemas"]["ReportRowByCode"][];
            byCategory: components["schemas"]["ReportRowByCode"][];
            byMonth: components["schemas"]["ReportRowByMonth"][];
            byUnit: components["schemas"]["ReportRowByCode"][];
            complainedUnits: components["schemas"]["ComplainedUnit"][];
            zeroReports: components["schemas"]["ReportZeroReports"];
            sections: components["schemas"]["ReportSection"][];
            /** Format: date-time */
            generatedAt: string;
        };
        DeductionPoints: {
            /** @description 每起集体访扣分 */
            collective: number;
            /** @description 每起越级访扣分 */
            skipLevel: number;
            /** @description 每起重复访扣分 */
            repeat: number;
            /** @description 每件超期案件扣分 */
            overdue: number;
            /** @description 每件不满意评价扣分 */
            unsatisfied: number;
            /** @description 每起未化解的易激化矛盾纠纷扣分 */
            unresolvedEasilyEscalating: number;
        };
        AssessmentRuleResponse: {
            /** @description 适用年度；默认规则为 null */
            year: number | null;
            /**
             * @description built-in 内置；county-default 县默认；year-YYYY 该年度的
             * @example built-in
             */
            source: string;
            /**
             * @description 满分
             * @example 5
             */
            points: number;
            deductions: components["schemas"]["DeductionPoints"];
            /** @description 规则的文字表述 */
            description: string;
        };
        DeductionsBody: Record<string, never>;
        RuleBody: {
            /** @description 适用年度；不填则设为默认规则 */
            year?: number;
            /** @example 5 */
            points: number;
            /**
             * @example {
             *       "collective": 1,
             *       "skipLevel": 1,
             *       "repeat": 0.5,
             *       "overdue": 0.5,
             *       "unsatisfied": 0.5,
             *       "unresolvedEasilyEscalating": 0.5
             *     }
             */
            deductions: components["schemas"]["DeductionsBody"];
        };
        AssessmentRuleSavedResponse: {
            year: number | null;
            points: number;
            deductions: components["schemas"]["DeductionPoints"];
            description: string;
        };
        AssessmentRuleInForce: {
            source: string;
            points: number;
            deductions: components["schemas"]["DeductionPoints"];
            description: string;
        };
        VillageCountsView: {
            collective: number;
            skipLevel: number;
            repeat: number;
            overdue: number;
            unsatisfied: number;
            unresolvedEasilyEscalating: number;
        };
        VillageDeduction: {
            /** @enum {string} */
            item: "collective" | "skipLevel" | "repeat" | "overdue" | "unsatisfied" | "unresolvedEasilyEscalating";
            /** @example 集体访 */
            name: string;
            count: number;
            perOccurrence: number;
            /** @description 扣分 */
            points: number;
        };
        VillageScore: {
            villageCode: string;
            villageName: string;
            townshipCode: string;
            townshipName: string;
            /** @description 收到的信访件 */
            received: number;
            counts: components["schemas"]["VillageCountsView"];
            /** @description 满分 */
            points: number;
            /** @description 得分（最低 0） */
            score: number;
            deducted: number;
            /** @description 扣分依据 */
            deductions: components["schemas"]["VillageDeduction"][];
        };
        VillageScoresResponse: {
            year: number;
            townshipCode: string | null;
            rule: components["schemas"]["AssessmentRuleInForce"];
            items: components["schemas"]["VillageScore"][];
        };
        ExportByIdsBody: {
            /** @description 信访件编号，至多 2000 个 */
            petitionIds: string[];
            /**
             * @default csv
             * @enum {string}
             */
            format: "csv" | "xlsx";
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
    StatisticsController_summary: {
        parameters: {
            query?: {
                /** @description 乡镇 12 位区划代码；不填为全县（乡镇账号只能是本乡镇） */
                townshipCode?: string;
                /** @description 村（社区）12 位区划代码 */
                villageCode?: string;
                /** @description 起（含）。ISO 时间；只写日期时为北京时间当日零时 */
                from?: string;
                /** @description 止（不含）。ISO 时间；只写日期时含当日全天 */
                to?: string;
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
                    "application/json": components["schemas"]["StatisticsSummaryResponse"];
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
    StatisticsController_breakdown: {
        parameters: {
            query: {
                /** @description 乡镇 12 位区划代码；不填为全县（乡镇账号只能是本乡镇） */
                townshipCode?: string;
                /** @description 村（社区）12 位区划代码 */
                villageCode?: string;
                /** @description 起（含）。ISO 时间；只写日期时为北京时间当日零时 */
                from?: string;
                /** @description 止（不含）。ISO 时间；只写日期时含当日全天 */
                to?: string;
                /** @description 按渠道、事项类别、承办单位、月份、村（社区）或乡镇分列 */
                by: "channel" | "category" | "unit" | "month" | "village" | "township";
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
                    "application/json": components["schemas"]["BreakdownResponse"];
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
    StatisticsController_complainedUnits: {
        parameters: {
            query?: {
                /** @description 乡镇 12 位区划代码；不填为全县（乡镇账号只能是本乡镇） */
                townshipCode?: string;
                /** @description 村（社区）12 位区划代码 */
                villageCode?: string;
                /** @description 起（含）。ISO 时间；只写日期时为北京时间当日零时 */
                from?: string;
                /** @description 止（不含）。ISO 时间；只写日期时含当日全天 */
                to?: string;
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
                    "application/json": components["schemas"]["ComplainedUnitsResponse"];
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
    AnnualReportController_annual: {
        parameters: {
            query: {
                /** @description 乡镇 12 位区划代码；不填为全县 */
                townshipCode?: string;
                year: number;
                format?: "json" | "docx" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=json 为报告的数字与文字；docx、xlsx 为文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportResponse"];
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    AssessmentController_getRule: {
        parameters: {
            query?: {
                /** @description 年度；不填为默认规则 */
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
                    "application/json": components["schemas"]["AssessmentRuleResponse"];
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
    AssessmentController_putRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRuleSavedResponse"];
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
    AssessmentController_villages: {
        parameters: {
            query: {
                year: number;
                /** @description 乡镇 12 位区划代码；不填为全县各村 */
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
                    "application/json": components["schemas"]["VillageScoresResponse"];
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
    ExportsController_cases: {
        parameters: {
            query?: {
                /** @description 乡镇 12 位区划代码；不填为全县（乡镇账号只能是本乡镇） */
                townshipCode?: string;
                /** @description 村（社区）12 位区划代码 */
                villageCode?: string;
                /** @description 起（含）。ISO 时间；只写日期时为北京时间当日零时 */
                from?: string;
                /** @description 止（不含）。ISO 时间；只写日期时含当日全天 */
                to?: string;
                format?: "csv" | "xlsx";
                /** @description 渠道，可多选（逗号分隔）：visit, letter, online, phone */
                channel?: string;
                /** @description 事项类别代码 */
                category?: string;
                /** @description 承办单位代码（受理、答复或最后转送的单位） */
                handlingUnitCode?: string;
                /** @description 状态，可多选：registered, routed, accepted, rejected, refused, replied, review, closed */
                status?: string;
                /** @description 仍在办理（true）或已结束（false） */
                open?: "true" | "false";
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 案件清单文件（CSV 为 UTF-8） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    ExportsController_casesByIds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportByIdsBody"];
            };
        };
        responses: {
            /** @description 案件清单文件（CSV 为 UTF-8） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
