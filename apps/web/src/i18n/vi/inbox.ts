export const inbox = {
  title: 'Việc cần làm',
  lead: 'Các việc đang chờ bạn xử lý, sắp xếp theo hạn.',
  empty: 'Không có việc nào đang chờ. Bạn đã hoàn thành mọi việc được giao.',
  overdueSection: 'Đã quá hạn',
  upcomingSection: 'Sắp đến hạn',
  noDueSection: 'Không có hạn',
  openTask: 'Thực hiện',
  dueOn: (date: string) => `Hạn: ${date}`,
  cycleLabel: (bloc: string, year: number) => `${bloc} – năm ${year}`,
  myCycles: 'Năm thi đua của tôi',
  noCycles: 'Bạn chưa tham gia năm thi đua nào.',
};
