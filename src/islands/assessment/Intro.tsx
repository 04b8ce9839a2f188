/**
 * The screen before the questions: what the rep is about to do, or, with an
 * attempt paused and no finished one to show, where they left off.
 */
interface Props {
  total: number;
  /** Questions answered in a paused attempt, or null when none is in progress. */
  answered: number | null;
  onStart: () => void;
  onResume: () => void;
}

export function Intro({ total, answered, onStart, onResume }: Props) {
  if (answered !== null) {
    return (
      <section className="panel assessment-intro" aria-labelledby="intro-title">
        <h2 id="intro-title" tabIndex={-1}>
          未完成的自评
        </h2>
        <p>
          已答 {answered} 题 / 共 {total} 题，答案已保存在本浏览器中。可以现在继续，也可以关闭页面，下次打开本页再继续。
        </p>
        <div className="button-row">
          <button type="button" className="button-primary" onClick={onResume}>
            继续自评
          </button>
          <button type="button" onClick={onStart}>
            放弃已答的题，重新开始
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="panel assessment-intro" aria-labelledby="intro-title">
      <h2 id="intro-title" tabIndex={-1}>
        开始之前
      </h2>
      <ul>
        <li>共 {total} 条描述，每屏一条。请按平时的实际做法选择同意的程度，而不是按“应该怎么做”。</li>
        <li>大约需要 5 分钟。每次选择都自动保存在本浏览器中，可以随时暂停，下次从停下的地方继续。</li>
        <li>完成后可以看到五颗心各自的得分、雷达图、最强与最需要加强的心及改进建议；以后再做，还能看到每次的变化。</li>
      </ul>
      <button type="button" className="button-primary" onClick={onStart}>
        开始自评
      </button>
    </section>
  );
}
