import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  DownloadOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  FormOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { ConsoleArea } from '../roles';

export const AREA_ICONS: Record<ConsoleArea['icon'], ReactNode> = {
  home: <HomeOutlined />,
  form: <FormOutlined />,
  folder: <FolderOpenOutlined />,
  audit: <AuditOutlined />,
  alert: <AlertOutlined />,
  chart: <BarChartOutlined />,
  file: <FileTextOutlined />,
  calendar: <CalendarOutlined />,
  team: <TeamOutlined />,
  bell: <BellOutlined />,
  user: <UserOutlined />,
  safety: <SafetyCertificateOutlined />,
  download: <DownloadOutlined />,
  flag: <FlagOutlined />,
  setting: <SettingOutlined />,
};
