import { useEffect, useState } from 'react';
import { loadDirectory, type Directory } from '../shared/directory';

/** The county directory for names (county, township, unit); null while loading or when it cannot be read. */
export function useDirectory(): Directory | null {
  const [directory, setDirectory] = useState<Directory | null>(null);
  useEffect(() => {
    loadDirectory().then(setDirectory, () => undefined);
  }, []);
  return directory;
}

/** 清溪县信访工作平台, or 信访工作平台 until the county's name is known. */
export function platformTitle(directory: Directory | null): string {
  return `${directory?.countyName ?? ''}信访工作平台`;
}
