import '@mantine/notifications/styles.layer.css';
import { Notifications } from '@mantine/notifications';

/** Mantine's toast host, alone in its module so that it can be its own chunk. */
export const NotificationsHost = () => <Notifications position="top-right" />;
