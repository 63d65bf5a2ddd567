import { expect, it } from "vitest";
import { coverage, itemKey, readCatalogCsv } from "../src/index.js";

// The example at the top of README.md, run as written.
it("README example", async () => {
  const csv = `序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,
,一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请
1,最低生活保障,审核确认结果,●保障对象 ●保障金额,《社会救助暂行办法》,"制定或获取信息之日起10个工作日内，公示7个工作日",盐池县民政局,■政府网站 ■社区/企事业单位/村公示栏(电子屏) □政府公报,,√,√,`;

  const read = await readCatalogCsv(csv, { file: "民政局.csv", area: "socialAssistance" });
  if (!read.ok) throw new Error(read.issues[0]?.message.zh);
  const [item] = read.value.items;
  if (item === undefined) throw new Error("the README catalog has no item");
  expect(item?.timeLimit.rule).toEqual({
    kind: "within",
    start: "formedOrChanged",
    limit: { amount: 10, unit: "workingDay" },
  });
  expect(item?.timeLimit.displayPeriod).toEqual({ amount: 7, unit: "workingDay" });
  expect(item?.channels.map((c) => c.required)).toEqual([true, true, false]);

  const r = coverage(
    read.value,
    [
      {
        title: "9月低保审核信息公示",
        unit: "盐池县民政局",
        date: "2020-10-15",
        eventDate: "2020-09-25",
        item: itemKey(item),
      },
      {
        title: "10月低保审核信息公示",
        unit: "盐池县民政局",
        date: "2020-11-13",
        eventDate: "2020-10-26",
        item: itemKey(item),
      },
    ],
    { from: "2020-01-01", to: "2020-12-31" },
  );
  expect(r.totals.onTime).toBe(1);
  expect(r.late[0]).toMatchObject({ deadline: "2020-11-09", lateByWorkingDays: 4 });
  expect(r.summary.zh).toBe(
    "2020-01-01至2020-12-31：目录事项1项，已公开1项，缺失0项；公开信息2条，按时1条，逾期1条（共逾期4个工作日），时效未知0条，未对应目录事项0条。",
  );
});
