/**
 * Former names of divisions that were renamed or upgraded recently enough to appear in 十二五 / 十三五 plans.
 * General knowledge of administrative changes (State Council approvals), keyed by the current GB/T 2260 code.
 */
export const FORMER_NAMES: ReadonlyArray<{ code: string; former: string; since: number }> = [
  { code: "430212", former: "株洲县", since: 2018 }, // 株洲县 → 渌口区
  { code: "430182", former: "宁乡县", since: 2017 },
  { code: "430582", former: "邵东县", since: 2019 },
  { code: "431181", former: "祁阳县", since: 2021 },
  { code: "430112", former: "望城县", since: 2011 },
  { code: "431102", former: "芝山区", since: 2005 }, // 芝山区 → 零陵区
  { code: "330110", former: "余杭市", since: 2001 },
  { code: "500155", former: "梁平县", since: 2016 },
  { code: "500156", former: "武隆县", since: 2016 },
  { code: "440117", former: "从化市", since: 2014 },
  { code: "440118", former: "增城市", since: 2014 },
  { code: "510116", former: "双流县", since: 2015 },
  { code: "510117", former: "郫县", since: 2016 },
  { code: "610116", former: "长安县", since: 2002 },
];
