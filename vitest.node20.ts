// vitest 5 declares Node 22; on Node 20 its reporter calls Map.groupBy (Node 21+) when printing
// failures and crashes instead of showing them. This file is imported by the vitest configs (which
// run in vitest's main process) and adds the one missing built-in, only where it is missing.
type GroupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => Map<K, V[]>;

const MapWithGroupBy = Map as unknown as { groupBy?: GroupBy };
if (typeof MapWithGroupBy.groupBy !== 'function') {
  MapWithGroupBy.groupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => {
    const groups = new Map<K, V[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}



type ObjectGroupBy = <V>(items: Iterable<V>, key: (item: V, index: number) => PropertyKey) => Record<PropertyKey, V[]>;
const ObjectWithGroupBy = Object as unknown as { groupBy?: ObjectGroupBy };
if (typeof ObjectWithGroupBy.groupBy !== 'function') {
  ObjectWithGroupBy.groupBy = <V>(items: Iterable<V>, key: (item: V, index: number) => PropertyKey) => {
    const groups = Object.create(null) as Record<PropertyKey, V[]>;
    let i = 0;
    for (const item of items) (groups[key(item, i++)] ??= []).push(item);
    return groups;
  };
}
export {};
