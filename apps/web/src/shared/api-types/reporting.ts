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
