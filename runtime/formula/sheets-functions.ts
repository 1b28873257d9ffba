// Google Sheets functions HyperFormula lacks that the add-on's rules use, each as its reference says.
// Registered once into HyperFormula's global function registry (a test-only engine; nothing ships).

import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { FunctionMetadata } from 'hyperformula';

// RE2 has no lookaround and no backreferences; a pattern using them fails in Sheets (strict here too).
const NOT_RE2 = /\(\?[=!<]|\\[1-9]/;

class SheetsFunctions extends FunctionPlugin {
  /**
   * REGEXMATCH(text, regular_expression): TRUE when any part of the text matches (RE2 syntax).
   * "This function only works with text (not numbers) as input": a number gives #VALUE!.
   * https://support.google.com/docs/answer/3098292
   */
  regexmatch(ast: { args: unknown[] }, state: unknown): unknown {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata('REGEXMATCH'),
      (text: unknown, pattern: string) => {
        if (typeof text !== 'string') return this.valueError('REGEXMATCH takes text, not a number');
        if (NOT_RE2.test(pattern)) return this.valueError(`Not an RE2 pattern: ${pattern}`);
        return new RegExp(pattern, 'u').test(text);
      },
    );
  }

  /**
   * TO_TEXT(value): a number as text (the engine knows no cell formats, so plain digits), text as is,
   * a boolean as TRUE/FALSE. https://support.google.com/docs/answer/3094285
   */
  toText(ast: { args: unknown[] }, state: unknown): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata('TO_TEXT'), (value: unknown) => {
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
      if (value === null || value === undefined) return '';
      if (typeof value === 'object' && 'val' in (value as object))
        return String((value as { val: number }).val);
      return String(value);
    });
  }

  private valueError(message: string): CellError {
    return new CellError(ErrorType.VALUE, message);
  }
}

const metadata = (method: string, parameters: FunctionArgumentType[]): FunctionMetadata => ({
  method,
  parameters: parameters.map((argumentType) => ({ argumentType })),
});

(
  SheetsFunctions as unknown as { implementedFunctions: Record<string, FunctionMetadata> }
).implementedFunctions = {
  REGEXMATCH: metadata('regexmatch', [FunctionArgumentType.SCALAR, FunctionArgumentType.STRING]),
  TO_TEXT: metadata('toText', [FunctionArgumentType.SCALAR]),
};

let registered = false;

/** Adds REGEXMATCH and TO_TEXT to HyperFormula, once per process. */
export function registerSheetsFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(SheetsFunctions as never, {
    enGB: { REGEXMATCH: 'REGEXMATCH', TO_TEXT: 'TO_TEXT' },
  });
  registered = true;
}
