/**
 * Generic vocabulary around place names (data only): what follows a short place name when it is part of
 * a landmark rather than the place (天心阁, 芙蓉路), and the collective references plans use for
 * themselves (全区 = the plan's region, 全市 = its parent, 全省 = the province).
 */

/** A short form followed by one of these is a road, river, hill or building, not the division. */
export const LANDMARK_AFTER: readonly string[] = [
  "路", "街", "大道", "桥", "大桥", "广场", "公园", "山", "岭", "峰", "湖", "江", "河", "港", "站", "机场", "大学", "学院", "学校", "小学", "中学",
  "医院", "阁", "塔", "寺", "庙", "楼", "村", "社区", "组团", "片区", "板块", "新城", "城", "商圈", "园", "谷", "湾", "洲", "岛", "垸",
  "集团", "公司", "银行", "广电", "卫视", "所", "院", "籍", "人", "话", "菜", "牌", "号", "线", "模式", "经验", "实践", "速度", "品牌", "力量",
  "贡献", "智慧", "数谷", "之窗", "大剧院", "剧院", "中心", "会展", "宾馆", "酒店", "水厂", "窑", "镇区", "方向", "一体化", "融城", "高新区", "经开区",
];

/** Collective references: surface → which region of the plan they stand for. */
export const COLLECTIVE_REFERENCES: ReadonlyArray<{ surface: string; refers: "self" | "parent" | "province" }> = [
  { surface: "全区", refers: "self" }, { surface: "全县", refers: "self" }, { surface: "我区", refers: "self" }, { surface: "本区", refers: "self" },
  { surface: "全市", refers: "parent" }, { surface: "全省", refers: "province" }, { surface: "我省", refers: "province" },
];
