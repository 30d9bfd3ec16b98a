/// Word lists for plausible Chinese names. Invented combinations; any match with a
/// real company or person is coincidence.
enum SyntheticVocabulary {
    /// Brand words (字号), many from Dongcheng place names and auspicious pairs.
    static let brands = [
        "青龙", "雍和", "北新", "东直", "交道", "国子", "钟鼓", "安定", "和平", "银锭",
        "紫金", "东雍", "嘉诚", "智元", "星河", "华睿", "云图", "数维", "灵犀", "瀚海",
        "启明", "鼎新", "博远", "九章", "天枢", "璇玑", "京华", "北辰", "长风", "明理",
        "知行", "若谷", "致远", "澄明", "新桥", "胡同", "四合", "朱雀", "玄武", "青禾",
        "墨言", "方圆", "同创", "众合", "海纳", "弘毅", "恒信", "睿思", "卓识", "远见",
    ]

    /// Industry-flavoured words by industry id.
    static let industryWords: [String: [String]] = [
        "ai": ["智能科技", "人工智能科技", "智算科技", "机器人科技", "认知科技"],
        "smart-health": ["医疗科技", "健康科技", "数字医疗科技", "医智科技", "健康管理"],
        "digital-culture": ["文化传媒", "数字文化", "互动娱乐", "文化科技", "数字艺术"],
        "digital-energy": ["能源科技", "智慧能源", "储能科技", "电力科技", "能源互联网科技"],
        "smart-city": ["智慧城市科技", "城市科技", "物联网科技", "信息技术", "空间信息"],
        "tech-services": ["科技服务", "技术服务", "科技咨询", "知识产权代理", "检测技术"],
        "metaverse": ["元宇宙科技", "数字孪生科技", "虚拟现实科技", "视觉科技", "数字空间科技"],
        "carbon-neutral": ["碳中和科技", "环境科技", "绿色科技", "碳资产管理", "低碳技术"],
    ]

    static let companySuffixes = ["有限公司", "有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤").map(String.init)
    static let compoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方"]
    static let givenMale = Array("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳晨昊然博文睿哲轩航").map(String.init)
    static let givenFemale = Array("芳娜敏静丽艳娟霞秀玲桂英慧莉萍红洁琳雪梅颖琪婷欣悦怡晴瑶佳嘉雯蕾萱彤妍").map(String.init)
    static let givenEither = Array("子思一安雨可心诗梓欣晓佳明天新清景书亦若").map(String.init)

    /// Address codes (GB/T 2260) for where residents were first registered; Beijing
    /// districts weighted by repetition, plus a spread of provincial capitals.
    static let addressCodes = [
        "110101", "110101", "110102", "110105", "110105", "110106", "110108", "110108", "110114",
        "120101", "130102", "140105", "210102", "220102", "230102", "320102", "330106", "340104",
        "350102", "360102", "370102", "410105", "420106", "430102", "440106", "450103", "500103",
        "510104", "530102", "610113", "620102",
    ]

    /// Division codes used in synthetic USCCs: mostly 东城区, some elsewhere in Beijing.
    static let usccDivisions = ["110101", "110101", "110101", "110101", "110105", "110108", "110000"]

    /// Three-digit mobile prefixes in use on the mainland.
    static let mobilePrefixes = [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
        "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
        "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "195", "198", "199",
    ]
}
