process.env.TZ = 'Asia/Shanghai';
import { test } from 'vitest';
import { parseTime } from '../../../src/diagnose/time.js';
test('scratch', () => {
  const now = new Date('2026-11-26T12:00:00+08:00');
  for (const [t, l] of [['昨天下午3点','zh-CN'],['今天上午9点半','zh-CN'],['30分钟前','zh-CN'],['11月20日 20:30','zh-CN'],['yesterday at 3pm','en'],['2 hours ago','en'],['2026-11-20T10:00:00Z','en'],['3/4','en'],['at 3pm','en'],['晚上8点','zh-CN'],['上周一下午3点','zh-CN'],['11.20','zh-CN'],['Dec 25','en'],['tomorrow','en'],['明天','zh-CN'],['asdf','en'],['','en'],['2025-01-01','en'],['今天','zh-CN'],['一个半小时前','zh-CN'],['刚刚','zh-CN'],['三天前','zh-CN'],['昨天 3pm','zh-CN'],['昨天下午3點','zh-TW'], ['2026-11-26 12:04','zh-CN'], ['2026-11-26 12:06','zh-CN'], ['2026/3/4', 'en'], ['I paid around 3pm yesterday','en'], ['上个月15号','zh-CN'], ['11月20日','en'], ['10:30','en'], ['monday','en'], ['friday','en'],['１１月２０日　２０：３０','zh-CN']] as const) console.log(JSON.stringify(t), l, JSON.stringify(parseTime(t, l, now)));
});
