package org.govindex.samples;

import java.util.HashSet;
import java.util.Set;

/**
 * Realistic, unique Chinese names for districts (区), streets (街道) and communities (社区). Names are
 * drawn from character pools with a seeded stream; a set is used for membership only, never
 * iterated, so the result does not depend on hash order.
 */
final class UnitNames {

  /** Names of the cities of a province (fictional, as in the reference example). */
  static final String[] CITY_NAMES = {"临江", "南屏", "云川", "海宁", "白沙", "东陵", "西岭", "金湾", "凤岗", "清溪"};

  /** Community names that are never generated, for planted unknown-unit defects. */
  static final String[] UNKNOWN_COMMUNITY_NAMES = {"筹建中社区", "新筹社区", "筹备组", "不清楚"};

  private static final String DISTRICT_FIRST = "秦淮栖鼓楼玄武越秀荔湾海珠天河白云黄埔番禺花都从化增城江宁六合溧高淳浦建邺雨湘";
  private static final String DISTRICT_SECOND = "湖山江城州湾岭桥阳安宁平川华丰源德兴泰";

  private static final String STREET_FIRST = "夫白燕栖朝长乐文德凤翔龙华新兴东西南北中和平安康宁泰永昌盛兴隆明光青松柏桂林梅兰竹菊金银玉石沙洲滨江湖海";
  private static final String STREET_SECOND = "子鹭子云阳安门桥口塘岗山湖园庄岭坊埔洲湾港坪滘田村头";

  private static final String COMMUNITY_FIRST =
      "乌长文桃钓和评花柳杏桂荷梅兰竹菊松柏枫槐榕椰芳翠碧青紫金银玉锦绣瑞祥福禄寿喜康乐安宁泰和平顺昌盛兴旺富丽春夏秋冬" + "东西南北中新老上下前后晨曦朝霞星月彩虹";
  private static final String COMMUNITY_SECOND =
      "衣乐德叶鱼燕事园林苑庭院里巷坊街路桥湾港岸洲岛山岭坡冈峰泉溪河湖塘池源景华光明苑城村庄居家邻里亭阁台楼门";
  private static final String[] COMMUNITY_SUFFIX = {"新村", "花园", "东", "西", "南", "北", "里", "苑", "湾"};
  private static final String[] STREET_SUFFIX = {"东", "西", "南", "北", "新"};

  private final SeededRandom random;
  private final Set<String> used = new HashSet<>();

  UnitNames(SeededRandom random) {
    this.random = random;
  }

  String district() {
    return unique(DISTRICT_FIRST, DISTRICT_SECOND, new String[] {"城", "新", "港"}, "区");
  }

  String street() {
    return unique(STREET_FIRST, STREET_SECOND, STREET_SUFFIX, "街道");
  }

  String community() {
    return unique(COMMUNITY_FIRST, COMMUNITY_SECOND, COMMUNITY_SUFFIX, "社区");
  }

  private String unique(String first, String second, String[] suffixes, String kind) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      String base =
          String.valueOf(first.charAt(random.nextInt(first.length())))
              + second.charAt(random.nextInt(second.length()));
      if (base.charAt(0) == base.charAt(1)) {
        continue;
      }
      String name = base + kind;
      if (used.add(name)) {
        return name;
      }
      String withSuffix = base + suffixes[random.nextInt(suffixes.length)] + kind;
      if (used.add(withSuffix)) {
        return withSuffix;
      }
    }
    throw new IllegalStateException("name pool exhausted for " + kind);
  }
}
